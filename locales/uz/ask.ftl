# Free questions: answers from the FAQ, candidates, hand-off offers. Telegram HTML: <b>, <i> only.
ask-prompt = Savolingizni o‘z so‘zlaringiz bilan yozing. Masalan: «2 oydan beri oylik berishmayapti».
ask-no-words = Bu yerda so‘z yo‘q 🙂 Savolingizni yozib yuboring, masalan: «oylik berishmayapti».
ask-unreadable = Men faqat rus, qirg‘iz, o‘zbek va tojik tillarida o‘qiy olaman. Shu tillardan birida yozing yoki savolingizni yuristga yuboring.
ask-no-match = Bu savolga aniq javobim yo‘q. Xavotir olmang: savolingizni haqiqiy yurist o‘qib chiqishi mumkin. «Yuristga yozish» tugmasini bosing.
ask-pick = Bir nechta o‘xshash javob topdim. Qaysi biri sizning savolingizga mos?
ask-helped = <b>Javob yordam berdimi?</b>
ask-yes = 👍 Ha
ask-no = 👎 Yo‘q
ask-lawyer = 👩‍⚖️ Yuristga yozish
ask-feedback-thanks = Rahmat!
ask-glad = Yordam berganidan xursandman. Yana savol bo‘lsa, yozing.
ask-sorry = Afsuski, yordam bermadi. Yurist holatingizni shaxsan ko‘rib chiqishi mumkin: «Yuristga yozish» tugmasini bosing.

# Free questions: answers from the FAQ, candidates, hand-off offers. Telegram HTML: <b>, <i> only.
ask-prompt = Savolingizni o‘z so‘zlaringiz bilan yozing. Masalan: «2 oydan beri oylik bermayapti».
ask-no-words = Bu yerda so‘z yo‘q 🙂 Savolingizni so‘z bilan yozing, masalan: «oylik to‘lamayapti».
ask-unreadable = Men faqat ruscha, qirg‘izcha, o‘zbekcha va tojikcha o‘qiyman. Shu tillardan birida yozing yoki savolingizni yuristga bering.
ask-no-match = Bu savolga aniq javobim yo‘q. Xavotir olmang: savolingizni tirik yurist o‘qib chiqishi mumkin. «Yuristga yozish» tugmasini bosing.
ask-pick = Bir nechta o‘xshash javob topdim. Sizning savolingiz qaysi biri?
ask-helped = <b>Javob yordam berdimi?</b>
ask-yes = 👍 Ha
ask-no = 👎 Yo‘q
ask-lawyer = 👩‍⚖️ Yuristga yozish
ask-feedback-thanks = Rahmat!
ask-glad = Yordam berganidan xursandman. Yana savol bo‘lsa, yozing.
ask-sorry = Yordam bermaganidan afsusdaman. Yurist holatingizni o‘zi ko‘rib chiqadi: «Yuristga yozish» tugmasini bosing.

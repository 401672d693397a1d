# First contact, main menu, help and kind replies. Telegram HTML: <b>, <i> only.
language-name = O‘zbekcha
language-proposed = ✅ { $name }
language-set = Til: o‘zbekcha

start-welcome =
    Assalomu alaykum! Bu — ishdagi huquqlar bo‘yicha bepul ishonch telefoni. U Rossiya yoki Qozog‘istonda ishlaydiganlar, homilador ayollar va ota-onalar uchun.
    Bu yerda huquqlaringizni bilib olasiz va savolingizni haqiqiy yuristga yubora olasiz.

    🔒 Faqat javob berish uchun keraklisini saqlaymiz. Ish beruvchingiz hech narsani bilmaydi. Batafsil: /privacy
start-welcome-short = 🇺🇿 Assalomu alaykum! Tilni tanlang.
start-pick-language = Sizga qaysi til qulay?
start-ask-country = Qaysi davlatda ishlaysiz?
country-ru = 🇷🇺 Rossiyada
country-kz = 🇰🇿 Qozog‘istonda
country-home = 🏠 Hali ketganim yo‘q
start-ready = Yaxshi! Savol bering: tugmani bosing yoki savolingizni o‘z so‘zlaringiz bilan yozing.

menu-title = Qanday yordam kerak? Mavzuni tanlang yoki savolingizni yozing.
menu-welcome-back = Yana xush kelibsiz! Qanday yordam kerak?
menu-wages = 💰 Ish haqi
menu-contracts = 📄 Shartnoma va ish
menu-maternity = 🤰 Homiladorlik va bolalar
menu-predeparture = ✈️ Ketishdan oldin
menu-ask = ❓ Savol berish
menu-lawyer = 👩‍⚖️ Yuristga yozish
menu-language = 🌐 Til
menu-country = 📍 Davlat
menu-home = 🏠 Bosh menyu
menu-back = ⬅️ Orqaga

help-text =
    <b>Qanday foydalaniladi</b>
    • Tugmalarni bosing — bot 2–3 ta savol beradi va huquqlaringizni tushuntiradi.
    • Yoki savolingizni o‘z so‘zlaringiz bilan yozing, masalan: «2 oydan beri oylik berishmayapti».
    • Bot javobni bilmasa, savolingizni yurist o‘qiydi.

    /menu — bosh menyu
    /language — tilni o‘zgartirish
    /country — davlatni o‘zgartirish
    /privacy — nimalarni saqlaymiz
    /forget — ma’lumotlarimni o‘chirish

text-not-understood = Xabaringizni tushunmadim. Mavzuni tanlang yoki savolingizni yozib yuboring.
empty-text = Xabar bo‘sh. Savolingizni yozib yuboring yoki mavzuni tanlang.
unknown-command = Bunday buyruq yo‘q. Mana bosh menyu.
unsupported-media = Men faqat yozilgan matnni tushunaman. Iltimos, savolingizni yozib yuboring yoki tugmani bosing.
stale-button = Bu tugma endi ishlamaydi. Bosh menyudan qaytadan boshlaymiz.
error-generic = Bizda xatolik yuz berdi. Ma’lumotlaringiz saqlanib qoldi. Yana urinib ko‘ring yoki /menu ni oching.
slow-down = Siz ketma-ket ko‘p xabar yuboryapsiz. Hammasiga javob beraman, faqat biroz sekinroq.

cmd-start = Boshlash
cmd-menu = Bosh menyu
cmd-help = Qanday foydalaniladi
cmd-language = Tilni o‘zgartirish
cmd-country = Davlatni o‘zgartirish
cmd-privacy = Nimalarni saqlaymiz

# First contact, main menu, help and kind replies. Telegram HTML: <b>, <i> only.
language-name = O‘zbekcha
language-proposed = ✅ { $name }
language-set = Til: o‘zbekcha

start-welcome =
    Assalomu alaykum! Bu — ishdagi huquqlar bo‘yicha bepul ishonch telefoni: Rossiya yoki Qozog‘istonda ishlaydiganlar, homilador ayollar va ota-onalar uchun.
    Bu yerda huquqlaringizni bilib olasiz va savolingizni tirik yuristga yubora olasiz.

    🔒 Javob berish uchun keraklisini saqlaymiz, xolos. Ish beruvchi hech narsa bilmaydi. Batafsil: /privacy
start-welcome-short = 🇺🇿 Assalomu alaykum! Tilni tanlang.
start-pick-language = Qaysi tilda sizga qulay?
start-ask-country = Qaysi davlatda ishlaysiz?
country-ru = 🇷🇺 Rossiyada
country-kz = 🇰🇿 Qozog‘istonda
country-home = 🏠 Hali ketmadim
start-ready = Yaxshi! Tugmani bosing yoki savolingizni o‘z so‘zlaringiz bilan yozing.

menu-title = Qanday yordam kerak? Mavzuni tanlang yoki savol yozing.
menu-welcome-back = Xush kelibsiz! Qanday yordam kerak?
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
    <b>Qanday foydalanish</b>
    • Tugmalarni bosing — bot 2–3 ta savol beradi va huquqlaringizni tushuntiradi.
    • Yoki savolni o‘z so‘zlaringiz bilan yozing, masalan: «2 oydan beri oylik bermayapti».
    • Bot javobni bilmasa, savolingizni yurist o‘qiydi.

    /menu — bosh menyu
    /language — tilni o‘zgartirish
    /country — davlatni o‘zgartirish
    /privacy — nimalarni saqlaymiz
    /forget — ma’lumotlarimni o‘chirish

text-not-understood = Xabarni tushunmadim. Mavzuni tanlang yoki savolni so‘z bilan yozing.
empty-text = Xabar bo‘sh. Savolni so‘z bilan yozing yoki mavzuni tanlang.
unknown-command = Bunday buyruq yo‘q. Mana bosh menyu.
unsupported-media = Men faqat matnni tushunaman. Iltimos, savolni so‘z bilan yozing yoki tugmani bosing.
stale-button = Bu tugma endi ishlamaydi. Bosh menyudan qaytadan boshlaymiz.
error-generic = Bizda nimadir xato ketdi. Ma’lumotlaringiz saqlandi. Yana urinib ko‘ring yoki /menu ni oching.
slow-down = Siz ketma-ket ko‘p xabar yuboryapsiz. Hammasiga javob beraman, faqat biroz sekinroq.

cmd-start = Boshlash
cmd-menu = Bosh menyu
cmd-help = Qanday foydalanish
cmd-language = Tilni o‘zgartirish
cmd-country = Davlatni o‘zgartirish
cmd-privacy = Nimalarni saqlaymiz

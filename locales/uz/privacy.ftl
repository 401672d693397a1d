# Privacy notice, /privacy and /forget. Telegram HTML: <b>, <i> only.
privacy-notice =
    🔒 <b>Ma’lumotlaringiz haqida qisqacha</b>
    Biz faqat til, davlat va savollaringizni saqlaymiz — javob berish uchun. Yuristga yozgan savolingizni faqat ishonch telefoni yuristi o‘qiydi. Ish beruvchiga, politsiyaga va migratsiya xizmatiga hech qanday ma’lumot bermaymiz.
    Yurist bilan yozishmani savol yopilgandan { $days } kun o‘tgach o‘chiramiz. Hammasini hozir o‘chirish: /forget
privacy-text =
    🔒 <b>Nimani saqlaymiz</b>
    • Til va davlatni — shu davlat qonuni bo‘yicha javob berish uchun.
    • Yuristga yozsangiz — savollaringiz va yurist javoblarini.
    Ismingiz, telefon raqamingiz va hujjatlaringizni so‘ramaymiz. Kerak bo‘lmasa, ularni yozmang.

    <b>Kim o‘qiydi</b>
    Faqat ishonch telefoni yuristlari — va faqat o‘zingiz yuborgan narsani. Ish beruvchiga, politsiyaga va migratsiya xizmatiga hech qanday ma’lumot bermaymiz.

    <b>Qancha saqlaymiz</b>
    Yurist bilan yozishmani savol yopilgandan { $days } kun o‘tgach o‘chiramiz. Faqat sizni ko‘rsatmaydigan umumiy son qoladi: nechta savol bo‘lgani.

    O‘zingiz haqingizdagi hamma narsani istalgan vaqtda o‘chirishingiz mumkin: /forget
privacy-forget-button = 🗑 Ma’lumotlarimni o‘chirish
forget-confirm =
    Barcha ma’lumotlaringizni o‘chiraylikmi? Til, davlat, savollaringiz va yurist bilan yozishmangiz o‘chiriladi. Yuristda ochiq savolingiz bo‘lsa, u yopiladi va yurist ma’lumotlaringiz o‘chirilganini biladi.
    Buni qaytarib bo‘lmaydi.
forget-yes = 🗑 Ha, hammasini o‘chirish
forget-no = ↩️ Yo‘q, qolsin
forget-cancelled = Yaxshi, hech narsa o‘chirilmadi.
forget-done = Tayyor: ma’lumotlaringiz o‘chirildi. Yana savol bermoqchi bo‘lsangiz, /start ni bosing.
forget-lawyer-told = №{ $case } murojaat yopildi: odam o‘z ma’lumotlarini o‘chirdi. Yozishma va qaydlar o‘chirildi.

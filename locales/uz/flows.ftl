# Guided flows: questions, options and short extra lines. Answers come from knowledge/.
# Telegram HTML: <b>, <i> only. Uzbek in Latin script.
flow-resume = ↩️ Savollarga qaytish
flow-handoff = Nima bo‘lganini yuristga yozing. U shu chatda javob beradi. Ish beruvchingiz hech narsa bilmaydi.
flow-opt-other = ✍️ Boshqa — yuristdan so‘rash
flow-opt-yes = Ha
flow-opt-no = Yo‘q
flow-see-trafficking = 🆘 Majburiy mehnat belgilari

flow-dest-ask = Qaysi davlatda ishlaysiz yoki ishlamoqchisiz?
flow-dest-ru = 🇷🇺 Rossiya
flow-dest-kz = 🇰🇿 Qozog‘iston
flow-cit-ask = Qaysi davlat fuqarosisiz? Huquqlaringiz shunga bog‘liq.
flow-cit-kg = 🇰🇬 Qirg‘iziston
flow-cit-uz = 🇺🇿 O‘zbekiston
flow-cit-tj = 🇹🇯 Tojikiston
flow-cit-other = Boshqa davlat

flow-wages-ask = 💰 Ish haqingiz bilan nima bo‘ldi?
flow-wages-opt-unpaid = Umuman to‘lashmayapti
flow-wages-opt-late = Kechiktirib to‘lashyapti
flow-wages-opt-less = Kelishilgandan kam to‘lashyapti
flow-wages-opt-deductions = Jarimalar va ushlab qolishlar
flow-wages-opt-final = Ishdan ketganda hisob-kitob qilishmadi
flow-wages-opt-extra = Ortiqcha ish, tungi ish, bayramlar
flow-wages-opt-offbooks = Ish haqi «konvertda»
flow-wages-ask-still = Hali ham o‘sha yerda ishlayapsizmi?
flow-wages-opt-still-working = Ha, ishlayapman
flow-wages-opt-left = Yo‘q, ishdan ketdim
flow-wages-ask-less = Nimadan kam?
flow-wages-opt-less-contract = Shartnomadagidan kam
flow-wages-opt-less-minimum = Eng kam ish haqidan kam
flow-wages-opt-less-payslip = Hisob varaqasini tushunmayapman
flow-wages-opt-less-oral = Og‘zaki kelishgan edik
flow-wages-less-contract-extra = ℹ️ Shartnomadagi summadan kam to‘langan qism — bu ish haqi bo‘yicha qarz. Qoidalar ish haqi umuman to‘lanmagandagi bilan bir xil.
flow-wages-ask-deductions = Nimani ushlab qolishyapti?
flow-wages-opt-fine = Ish haqidan jarima yoki ushlab qolish
flow-wages-opt-debt = «Qarzdorsan» deyishyapti
flow-wages-ask-extra = Qaysi ish uchun to‘liq to‘lashmayapti?
flow-wages-opt-overtime = Ish vaqtidan tashqari ish
flow-wages-opt-night = Tunda, dam olish yoki bayram kunlari
flow-wages-see-late = ⏰ Kechikish uchun kompensatsiya
flow-wages-see-frequency = 📅 Ish haqi qanchalik tez-tez to‘lanadi
flow-wages-see-taxes = 🧾 Soliqlar

flow-contracts-ask = 📄 Sizni nima tashvishlantiryapti?
flow-contracts-opt-none = Yozma shartnoma yo‘q
flow-contracts-opt-signing = Yaqinda shartnomaga imzo qo‘yaman
flow-contracts-opt-probation = Sinov muddati
flow-contracts-opt-dismissed = Meni ishdan bo‘shatishyapti
flow-contracts-opt-quit = Ishdan ketmoqchiman
flow-contracts-opt-civil = Mehnat emas, fuqarolik shartnomasi (GPX) berishdi
flow-contracts-opt-hours = Ish vaqti va ta’til
flow-contracts-opt-passport = Ish beruvchi pasportimni olib qo‘ydi
flow-contracts-ask-signing = Nimani bilmoqchisiz?
flow-contracts-opt-check = Shartnomada nimani tekshirish kerak
flow-contracts-opt-language = Shartnoma men tushunmaydigan tilda
flow-contracts-ask-pregnant = Hozir homiladormisiz?
flow-contracts-ask-quit = Nima qilmoqchisiz?
flow-contracts-opt-resign = Ishdan bo‘shash
flow-contracts-opt-change = Boshqa ish beruvchiga o‘tish
flow-contracts-change-eaeu-extra = ℹ️ Siz YeOII fuqarosisiz: ishlash uchun ruxsat kerak emas.
flow-contracts-change-patent-extra = ℹ️ Patentingiz bo‘lsa: u faqat berilgan hududda amal qiladi. Uni o‘z vaqtida to‘lang.
flow-contracts-ask-hours = Aynan nima?
flow-contracts-opt-hours-time = Ish soatlari va dam olish kunlari
flow-contracts-opt-vacation = Ta’til
flow-contracts-opt-sick = Kasallik varaqasi
flow-contracts-opt-injury = Ishda jarohat olish
flow-contracts-see-final = 💰 Ishdan ketgandagi hisob-kitob

flow-maternity-ask = 🤰 Hozir vaziyatingiz qanday?
flow-maternity-opt-pregnant = Homiladorman
flow-maternity-opt-born = Yaqinda farzand ko‘rdim
flow-maternity-opt-refused = Ishga olishmadi yoki bo‘shatishyapti
flow-maternity-opt-unpaid = Nafaqa to‘lanmayapti / firma yopildi
flow-maternity-opt-childcare = Bola parvarishi ta’tili va nafaqasi
flow-maternity-opt-parents = Yosh bolali ota-onalarning huquqlari
flow-maternity-ask-pregnant = Nimani bilmoqchisiz?
flow-maternity-opt-leave = Dekret ta’tili qancha davom etadi
flow-maternity-opt-money = Qancha pul to‘lanadi
flow-maternity-opt-conditions = Homiladorlik paytida ish sharoitlari
flow-maternity-opt-fixed = Muddatli shartnoma tugayapti
flow-maternity-ask-born = Nimani bilmoqchisiz?
flow-maternity-opt-lump = Bola tug‘ilganda beriladigan nafaqa
flow-maternity-opt-documents = Bolaning hujjatlari
flow-maternity-opt-care = Tug‘ruq va shifokor yordami
flow-maternity-opt-breastfeeding = Bola emizish uchun tanaffuslar
flow-maternity-ask-refused = Nima bo‘ldi?
flow-maternity-opt-not-hired = Ishga olishmadi
flow-maternity-opt-fired = Ishdan bo‘shatishyapti
flow-maternity-ask-childcare = Nimani bilmoqchisiz?
flow-maternity-opt-childcare-leave = Bola parvarishi ta’tili
flow-maternity-opt-allowance = Bola parvarishi nafaqasi
flow-maternity-see-eligibility = 🌍 Migrantlar uchun nafaqalar
flow-maternity-see-benefit = 💵 Dekret puli qanday hisoblanadi

flow-pre-ask = ✈️ Ketishdan oldin nimani bilmoqchisiz?
flow-pre-opt-checklist = Hujjatlarim ro‘yxati
flow-pre-opt-offer = Ish yoki vositachini tekshirish
flow-pre-opt-danger = Aldov va odam savdosi belgilari
flow-pre-opt-contacts = Chet elda qayerga murojaat qilish
flow-pre-opt-ban = Mamlakatga kirish taqiqi
flow-pre-checklist-ru-eaeu =
    <b>Sizning ro‘yxatingiz: Rossiya, Qirg‘iziston fuqarosi</b>
    ☐ pasport, maqsadi «ish» deb yozilgan migratsiya kartasi
    ☐ mehnat shartnomasi (patent kerak emas)
    ☐ registratsiya: kirgan kundan 30 kun usiz yurish mumkin
    ☐ 30 kun ichida tibbiy ko‘rik va daktiloskopiya
flow-pre-checklist-ru-patent =
    <b>Sizning ro‘yxatingiz: Rossiya, patent</b>
    ☐ pasport, maqsadi «ish» deb yozilgan migratsiya kartasi
    ☐ turgan joy bo‘yicha registratsiya
    ☐ DMS polisi (ixtiyoriy tibbiy sug‘urta) va rus tilini bilish sertifikati
    ☐ 30 kun ichida tibbiy ko‘rik va daktiloskopiya
    ☐ kirgan kundan 30 kun ichida patent uchun ariza
    ☐ patent uchun har oy kechiktirmay to‘lash
flow-pre-checklist-kz-eaeu =
    <b>Sizning ro‘yxatingiz: Qozog‘iston, Qirg‘iziston fuqarosi</b>
    ☐ pasport va mehnat shartnomasi (ruxsat kerak emas)
    ☐ turgan joy bo‘yicha registratsiya
    ☐ ruxsat etilgan muddatdan uzoqroq ishlash uchun — vaqtincha yashash ruxsati
flow-pre-checklist-kz-other =
    <b>Sizning ro‘yxatingiz: Qozog‘iston</b>
    ☐ pasport
    ☐ ishlash uchun ruxsat: qaysi turi kerakligi ish beruvchiga bog‘liq
    ☐ turgan joy bo‘yicha registratsiya
    ☐ tibbiy sug‘urta
flow-pre-see-registration = 🏠 Registratsiya
flow-pre-see-insurance = 🏥 Tibbiy sug‘urta
flow-pre-see-language = 📝 Rus tili imtihoni
flow-pre-see-contacts = ☎️ Qayerga murojaat qilish

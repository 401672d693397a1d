# Reports for coordinators: /stats, /export, /classify, the weekly digest, the gender question.
# Lawyers and admins read most of these; the gender question is for the person who opened a case.

report-unclassified = tasniflanmagan
report-more = yana { $count }
report-none = yo‘q
report-period-bad =
    Davrni tushunmadim. Misollar:
    /stats 7d — oxirgi 7 kun
    /stats 30d — oxirgi 30 kun
    /stats 2026-11 — 2026-yil noyabr
    /stats 2026-01-01..2026-03-31 — 1-yanvardan 31-martgacha
    Davr ko‘rsatilmasa — oxirgi 30 kun.

report-stats-title = <b>Statistika: { $period }</b>
report-stats-consultations = Maslahatlar: o‘tilgan bo‘limlar { $flows }, savollarga javoblar { $faq }, yuristga murojaatlar { $cases }
report-stats-by-topic = Mavzular bo‘yicha (bo‘limlar · savollar · murojaatlar):
report-stats-topic-line = • { $topic }: { $flows } · { $faq } · { $cases }
report-stats-by-lang = Tillar bo‘yicha: { $list }
report-stats-by-country = Davlatlar bo‘yicha: { $list }
report-stats-cases = Murojaatlar: ochildi { $opened }, yopildi { $closed }, bekor qilindi { $cancelled }
report-stats-first-reply = Yuristning birinchi javobi: mediana { $hours } soat (javob olgan murojaatlar: { $count })
report-stats-first-reply-none = Yuristning birinchi javobi: hozircha ma’lumot yo‘q
report-stats-backlog = Hozir kutmoqda: { $total } (bir sutkagacha { $d1 }, 1–3 kun { $d3 }, 3–7 kun { $d7 }, bir haftadan ko‘p { $older })
report-stats-outcomes = Yopilgan murojaatlar natijalari: { $list }
report-stats-violations = Buzilishlar: { $list }
report-stats-ilo = XMT konvensiyalari murojaatlarda: { $list }; javoblarda: { $answers }
report-stats-amounts = Qaytarildi: { $list }
report-stats-amounts-none = Qaytarildi: summalar yozilmagan
report-stats-gender = Murojaatlar: ayollar / erkaklar / ko‘rsatilmagan: { $f } / { $m } / { $unknown }
report-stats-feedback = Savollarga javoblar: yordam berdi { $yes }, yordam bermadi { $no }
report-currency-unknown = (valyuta ko‘rsatilmagan)

report-topic-wages = Ish haqi
report-topic-contracts = Shartnoma va ish
report-topic-maternity = Homiladorlik va bolalar
report-topic-predeparture = Ketishdan oldin
report-topic-general = Boshqa
report-topic-none = Boshqa
report-lang-ru = ruscha
report-lang-ky = qirg‘izcha
report-lang-uz = o‘zbekcha
report-lang-tg = tojikcha
report-lang-none = ko‘rsatilmagan
report-country-ru = Rossiya
report-country-kz = Qozog‘iston
report-country-home = hali ketmagan
report-country-none = ko‘rsatilmagan
report-outcome-advice = maslahat berildi
report-outcome-referred = boshqa tashkilotga yo‘naltirildi
report-outcome-won = xodim foydasiga
report-outcome-no_response = javob bo‘lmadi
report-outcome-none = ko‘rsatilmagan
report-measure-flows = Bo‘limlar
report-measure-faq = Savollar
report-measure-cases = Murojaatlar
report-backlog-d1 = bir sutkagacha
report-backlog-d3 = 1–3 kun
report-backlog-d7 = 3–7 kun
report-backlog-older = bir haftadan ko‘p
report-helpful = Yordam berdi
report-not-helpful = Yordam bermadi

report-chart-title = Ishonch telefoni: { $period }
report-chart-consultations = Mavzular bo‘yicha maslahatlar
report-chart-backlog = Javob kutayotgan murojaatlar (hozir)
report-chart-outcomes = Yopilgan murojaatlar natijalari
report-chart-feedback = Javoblarga baho
report-chart-caption = { $period } uchun grafik

report-export-records = { $period } davridagi murojaatlarning anonim yozuvlari: ismlarsiz, Telegram id’siz, matnlarsiz; sanalar haftalar bo‘yicha.
report-export-summary = { $period } bo‘yicha jamlanma: 5 tadan kam sonlar «&lt;5» deb yashirilgan.

report-classify-usage =
    Hisobotlar uchun murojaat natijasini qanday yozish kerak:
    /classify 12 wage.unpaid — buzilish turi (bazadagi savol raqami), XMT konvensiyalari o‘zi qo‘yiladi
    /classify 12 wage.unpaid C095 C081 — XMT konvensiyalarini o‘zingiz ko‘rsatish
    /classify 12 45000 RUB — qaytarilgan summa va valyuta (RUB, KZT, KGS, UZS, TJS, USD, EUR)
    /classify 12 — nima yozilganini ko‘rsatish
report-classify-no-case = №{ $case } murojaat yo‘q.
report-classify-saved = №{ $case } murojaat yozildi: buzilish { $violation }, XMT { $ilo }, summa { $amount }.
report-classify-current = №{ $case } murojaat: buzilish { $violation }, XMT { $ilo }, summa { $amount }.

report-digest-title = <b>{ $week } haftasi natijalari</b> ({ $period })
report-digest-oldest = Eng uzoq kutayotganlar:
report-digest-oldest-line = • /case { $case } — { $hours } soat, { $topic }, { $language }
report-digest-none-waiting = Javob kutayotgan hech kim yo‘q.

report-gender-ask =
    Yana bitta savol, o‘tkazib yuborsangiz ham bo‘ladi. Siz ayolmisiz yoki erkakmisiz?
    Bu faqat umumiy hisobotlar uchun kerak, yurist baribir javob beradi.
report-gender-f = Ayol
report-gender-m = Erkak
report-gender-skip = O‘tkazib yuborish
report-gender-thanks = Rahmat! Yurist tez orada javob beradi.

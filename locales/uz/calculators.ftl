# Calculators: late-wage compensation (art. 236 Labour Code of the RF) and maternity estimate.
# Telegram HTML: <b>, <i> only. Uzbek in Latin script.
calc-late-open = 🧮 Kompensatsiyani hisoblash
calc-maternity-open = 🧮 Dekret pulini taxminan hisoblash
calc-again = 🔁 Qayta hisoblash
calc-late-ask-amount = Qancha pul kechiktirib to‘landi yoki to‘lanmadi? Summani yozing, masalan: <b>50 000</b>
calc-late-ask-due = Uni qachon to‘lashlari kerak edi? Sanani yozing, masalan: <b>05.03.2026</b>
calc-late-ask-paid = Qachon to‘lashdi? Sanani yozing, masalan: <b>20.04.2026</b>. Hali to‘lashmagan bo‘lsa, tugmani bosing.
calc-late-not-paid = Hali to‘lashmadi — bugungacha hisoblash
calc-late-result =
    <b>Kompensatsiya: kamida { $total } rubl.</b>
    { $amount } rubl uchun, muddat { $due } edi, to‘lov { $paid }. Kechikkan kunlar: { $days }.
    Qanday hisoblandi (summa × Rossiya Banki asosiy stavkasi ÷ 150 × kunlar):
calc-late-period = • { $first }–{ $last }: { $days } kun × { $amount } × { $rate }% ÷ 150 = { $sum } rubl
calc-late-source = <i>Rossiya Banki asosiy stavkasi: jadvalimizdagi oxirgisi — { $date }dan { $rate }%.</i>
calc-late-after = ⚠️ <i>{ $date }dan keyingi stavkani tekshirish kerak: biz oxirgi ma’lum stavka bilan hisobladik.</i>
calc-late-unconfirmed = ⚠️ <i>Stavkalarning bir qismini yurist hali tekshiryapti.</i>
calc-late-note = Bu qonun bo‘yicha eng kam summa (Rossiya Mehnat kodeksi, 236-modda). Shartnomada ko‘proq bo‘lishi mumkin.
calc-mat-ask-earnings = { $year }-yilda rasmiy ravishda qancha ishlab topdingiz (soliq ushlanishidan oldin)? Masalan: <b>600 000</b>. Hech narsa bo‘lmasa — 0 deb yozing.
calc-mat-ask-days = Homiladorlik va tug‘ish ta’tili necha kun?
calc-mat-days-140 = 140 kun — odatda
calc-mat-days-156 = 156 kun — og‘ir tug‘ruq
calc-mat-days-194 = 194 kun — egizak yoki undan ko‘p
calc-mat-result = <b>Taxminan { $total } rubl, { $days } kun uchun ({ $year }-yil hisobi)</b>
calc-mat-how = Qanday hisoblandi: ({ $year1 } uchun { $first } + { $year2 } uchun { $second }) ÷ 730 = kuniga { $daily } rubl × { $days } kun.
calc-mat-capped = Yillik chegaraviy bazadan oshgan daromad faqat shu bazagacha hisobga olinadi.
calc-mat-limited-min = Minimumdan past, shuning uchun minimum olindi: kuniga { $daily } rubl.
calc-mat-limited-max = Maksimumdan yuqori, shuning uchun maksimum olindi: kuniga { $daily } rubl.
calc-mat-limits = <i>{ $year }-yilda { $days } kun uchun chegaralar: { $low } rubldan { $high } rublgacha.</i>
calc-mat-unconfirmed = ⚠️ <i>Chegaraviy bazalarni yurist hali tekshiryapti.</i>
calc-mat-note = ⚠️ Bu <b>taxminiy hisob</b>, aniq summa emas. Rasmiy ish stajingiz 6 oydan kam bo‘lsa, nafaqa kamroq bo‘ladi. Aniq summani Ijtimoiy fond aytadi.
calc-mat-no-data = Bu yil uchun hozircha ma’lumotimiz yo‘q. Yuristdan so‘rang.
calc-err-amount = Summani tushunmadim. Faqat sonni yozing, masalan: <b>50 000</b> yoki <b>50k</b>
calc-err-negative = Summa manfiy bo‘lishi mumkin emas. Masalan: <b>50 000</b>
calc-err-zero = Summa noldan katta bo‘lishi kerak. Masalan: <b>50 000</b>
calc-err-too-big = Summa juda katta. Raqamlarni tekshiring, masalan: <b>50 000</b>
calc-err-date = Sanani tushunmadim. Shunday yozing: <b>05.03.2026</b>
calc-err-future = Bu sana hali kelmagan. O‘tgan sanani yozing, masalan: <b>05.03.2026</b>
calc-err-order = To‘lov sanasi muddatdan keyin bo‘lishi kerak. Masalan: muddat <b>05.03.2026</b>, to‘lov <b>20.04.2026</b>
calc-err-not-late = Muddat hali o‘tmagan, kechikish yo‘q. O‘tgan sanani yozing, masalan: <b>05.03.2026</b>
calc-err-too-old = Bunchalik eski kechikishni bot hisoblay olmaydi. Yuristdan so‘rang.

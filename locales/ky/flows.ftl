# Guided flows: questions, options and short extra lines. Answers come from knowledge/.
# Telegram HTML: <b>, <i> only.
flow-resume = ↩️ Суроолорго кайтуу
flow-handoff = Эмне болгонун юристке жазыңыз. Ал ушул чатта жооп берет. Иш берүүчүңүз эч нерсе билбейт.
flow-opt-other = ✍️ Башка — юристтен суроо
flow-opt-yes = Ооба
flow-opt-no = Жок
flow-see-trafficking = 🆘 Мажбурлап иштетүүнүн белгилери

flow-dest-ask = Кайсы өлкөдө иштеп жатасыз же иштегени жатасыз?
flow-dest-ru = 🇷🇺 Россия
flow-dest-kz = 🇰🇿 Казакстан
flow-cit-ask = Кайсы өлкөнүн жаранысыз? Укуктарыңыз ушуга жараша болот.
flow-cit-kg = 🇰🇬 Кыргызстан
flow-cit-uz = 🇺🇿 Өзбекстан
flow-cit-tj = 🇹🇯 Тажикстан
flow-cit-other = Башка өлкө

flow-wages-ask = 💰 Айлыгыңызда эмне болду?
flow-wages-opt-unpaid = Такыр төлөшпөйт
flow-wages-opt-late = Кечиктирип төлөшөт
flow-wages-opt-less = Макулдашкандан аз төлөшөт
flow-wages-opt-deductions = Айып пул жана кармоолор
flow-wages-opt-final = Иштен кеткенде эсептешкен жок
flow-wages-opt-extra = Ашыкча иш, түнкү иш, майрам күндөрү
flow-wages-opt-offbooks = Айлык «конвертте»
flow-wages-ask-still = Ал жерде дагы эле иштеп жатасызбы?
flow-wages-opt-still-working = Ооба, иштеп жатам
flow-wages-opt-left = Жок, иштен кетип калдым
flow-wages-ask-less = Эмнеден аз?
flow-wages-opt-less-contract = Келишимдегиден аз
flow-wages-opt-less-minimum = Минималдуу айлыктан аз
flow-wages-opt-less-payslip = Айлык баракчасын түшүнбөйм
flow-wages-opt-less-oral = Оозеки макулдашканбыз
flow-wages-less-contract-extra = ℹ️ Келишимдеги суммадан аз төлөнгөн бөлүгү — айлык карызы. Эрежелери айлык такыр төлөнбөгөндөгүдөй эле.
flow-wages-ask-deductions = Айлыктан эмнени кармап жатышат?
flow-wages-opt-fine = Айлыктан айып же кармоо
flow-wages-opt-debt = «Карызсың» дешет
flow-wages-ask-extra = Эмне үчүн толук төлөшпөйт?
flow-wages-opt-overtime = Ашыкча иштеген сааттар
flow-wages-opt-night = Түнкү, дем алыш же майрам күндөрүндөгү иш
flow-wages-see-late = ⏰ Кечиктиргени үчүн компенсация
flow-wages-see-frequency = 📅 Айлык канча жолу төлөнөт
flow-wages-see-taxes = 🧾 Салыктар

flow-contracts-ask = 📄 Кандай маселе бар?
flow-contracts-opt-none = Жазуу жүзүндө келишим жок
flow-contracts-opt-signing = Жакында келишимге кол коём
flow-contracts-opt-probation = Сыноо мөөнөтү
flow-contracts-opt-dismissed = Мени иштен бошотуп жатышат
flow-contracts-opt-quit = Жумуштан кетким келет
flow-contracts-opt-civil = Эмгек эмес, жарандык (ГПХ) келишим беришти
flow-contracts-opt-hours = Иш убактысы жана өргүү
flow-contracts-opt-passport = Иш берүүчү паспортумду алып койду
flow-contracts-ask-signing = Эмнени билгиңиз келет?
flow-contracts-opt-check = Келишимде эмнени текшерүү керек
flow-contracts-opt-language = Келишим мен түшүнбөгөн тилде
flow-contracts-ask-pregnant = Азыр кош бойлуусузбу?
flow-contracts-ask-quit = Эмне кылгыңыз келет?
flow-contracts-opt-resign = Иштен кетүү
flow-contracts-opt-change = Башка иш берүүчүгө өтүү
flow-contracts-change-eaeu-extra = ℹ️ Сиз ЕАЭБ өлкөсүнүн жаранысыз: иштөөгө уруксат керек эмес.
flow-contracts-change-patent-extra = ℹ️ Патентиңиз болсо: ал берилген аймакта гана жарактуу. Акысын убагында төлөңүз.
flow-contracts-ask-hours = Эмне тууралуу?
flow-contracts-opt-hours-time = Иш сааттары жана дем алыш күндөрү
flow-contracts-opt-vacation = Өргүү
flow-contracts-opt-sick = Больничный (ооруу баракчасы)
flow-contracts-opt-injury = Жумушта жаракат алдым
flow-contracts-see-final = 💰 Иштен кеткенде эсептешүү

flow-maternity-ask = 🤰 Азыр абалыңыз кандай?
flow-maternity-opt-pregnant = Кош бойлуумун
flow-maternity-opt-born = Жакында төрөдүм
flow-maternity-opt-refused = Жумушка алышкан жок же иштен бошотуп жатышат
flow-maternity-opt-unpaid = Жөлөкпул төлөнбөйт / фирма жабылды
flow-maternity-opt-childcare = Бала багуу өргүүсү жана жөлөкпулу
flow-maternity-opt-parents = Жаш балалуу ата-энелердин укуктары
flow-maternity-ask-pregnant = Эмнени билгиңиз келет?
flow-maternity-opt-leave = Декрет канча убакытка созулат
flow-maternity-opt-money = Канча акча төлөнөт
flow-maternity-opt-conditions = Кош бойлуу кездеги иш шарттары
flow-maternity-opt-fixed = Мөөнөттүү келишим бүтүп жатат
flow-maternity-ask-born = Эмнени билгиңиз келет?
flow-maternity-opt-lump = Бала төрөлгөндөгү жөлөкпул
flow-maternity-opt-documents = Баланын документтери
flow-maternity-opt-care = Төрөт жана медициналык жардам
flow-maternity-opt-breastfeeding = Баланы эмизүү үчүн тыныгуу
flow-maternity-ask-refused = Эмне болду?
flow-maternity-opt-not-hired = Жумушка алышкан жок
flow-maternity-opt-fired = Иштен бошотуп жатышат
flow-maternity-ask-childcare = Эмнени билгиңиз келет?
flow-maternity-opt-childcare-leave = Бала багуу өргүүсү
flow-maternity-opt-allowance = Бала багуу жөлөкпулу
flow-maternity-see-eligibility = 🌍 Мигранттар үчүн жөлөкпулдар
flow-maternity-see-benefit = 💵 Декреттик акча кантип эсептелет

flow-pre-ask = ✈️ Жолго чыгаар алдында эмнени билгиңиз келет?
flow-pre-opt-checklist = Менин документтеримдин тизмеси
flow-pre-opt-offer = Жумушту же ортомчуну текшерүү
flow-pre-opt-danger = Алдоо жана адам сатуунун белгилери
flow-pre-opt-contacts = Чет өлкөдө кайда кайрылуу керек
flow-pre-opt-ban = Өлкөгө кирүүгө тыюу
flow-pre-checklist-ru-eaeu =
    <b>Сиздин тизме: Россия, Кыргызстандын жараны</b>
    ☐ паспорт, максаты «иш» деп жазылган миграциялык карта
    ☐ эмгек келишими (патент керек эмес)
    ☐ каттоо: кирген күндөн тартып 30 күн каттоосуз жүрсөңүз болот
    ☐ 30 күндүн ичинде медициналык текшерүү жана дактилоскопия
flow-pre-checklist-ru-patent =
    <b>Сиздин тизме: Россия, патент</b>
    ☐ паспорт, максаты «иш» деп жазылган миграциялык карта
    ☐ турган жер боюнча каттоо
    ☐ ДМС полиси жана орус тилин билүү сертификаты
    ☐ 30 күндүн ичинде медициналык текшерүү жана дактилоскопия
    ☐ кирген күндөн 30 күндүн ичинде патентке арыз
    ☐ патенттин акысын ай сайын кечиктирбей төлөө
flow-pre-checklist-kz-eaeu =
    <b>Сиздин тизме: Казакстан, Кыргызстандын жараны</b>
    ☐ паспорт жана эмгек келишими (уруксат керек эмес)
    ☐ турган жер боюнча каттоо
    ☐ уруксат берилген мөөнөттөн узак иштесеңиз — убактылуу жашоого уруксат
flow-pre-checklist-kz-other =
    <b>Сиздин тизме: Казакстан</b>
    ☐ паспорт
    ☐ иштөөгө уруксат: кайсысы — иш берүүчүгө жараша
    ☐ турган жер боюнча каттоо
    ☐ медициналык камсыздандыруу
flow-pre-see-registration = 🏠 Каттоо
flow-pre-see-insurance = 🏥 Медициналык камсыздандыруу
flow-pre-see-language = 📝 Орус тили боюнча экзамен
flow-pre-see-contacts = ☎️ Кайда кайрылуу керек

# Reports for coordinators: /stats, /export, /classify, the weekly digest, the gender question.
# Lawyers and admins read most of these; the gender question is for the person who opened a case.

report-unclassified = классификацияланган эмес
report-more = дагы { $count }
report-none = жок
report-period-bad =
    Мөөнөттү түшүнгөн жокмун. Мисалдар:
    /stats 7d — акыркы 7 күн
    /stats 30d — акыркы 30 күн
    /stats 2026-11 — 2026-жылдын ноябры
    /stats 2026-01-01..2026-03-31 — 1-январдан 31-мартка чейин
    Мөөнөтсүз — акыркы 30 күн.

report-stats-title = <b>Статистика: { $period }</b>
report-stats-consultations = Кеңештер: өтүлгөн бөлүмдөр { $flows }, суроолорго жооптор { $faq }, юристке кайрылуулар { $cases }
report-stats-by-topic = Темалар боюнча (бөлүмдөр · суроолор · иштер):
report-stats-topic-line = • { $topic }: { $flows } · { $faq } · { $cases }
report-stats-by-lang = Тилдер боюнча: { $list }
report-stats-by-country = Өлкөлөр боюнча: { $list }
report-stats-cases = Иштер: ачылды { $opened }, жабылды { $closed }, жокко чыгарылды { $cancelled }
report-stats-first-reply = Юристтин биринчи жообу: медианасы { $hours } саат (жооп берилген иштер: { $count })
report-stats-first-reply-none = Юристтин биринчи жообу: азырынча маалымат жок
report-stats-backlog = Азыр күтүп жатат: { $total } (бир суткага чейин { $d1 }, 1–3 күн { $d3 }, 3–7 күн { $d7 }, бир жумадан ашык { $older })
report-stats-outcomes = Жабылган иштердин жыйынтыгы: { $list }
report-stats-violations = Бузуулар: { $list }
report-stats-ilo = ЭЭУнун конвенциялары: иштерде { $list }; жоопторда { $answers }
report-stats-amounts = Кайтарылды: { $list }
report-stats-amounts-none = Кайтарылды: суммалар жазылган эмес
report-stats-gender = Аялдардын / эркектердин / көрсөтүлбөгөн иштери: { $f } / { $m } / { $unknown }
report-stats-feedback = Суроолорго жооптор: жардам берди { $yes }, жардам бербеди { $no }
report-currency-unknown = (валюта көрсөтүлгөн эмес)

report-topic-wages = Айлык
report-topic-contracts = Келишим жана жумуш
report-topic-maternity = Кош бойлуулук жана балдар
report-topic-predeparture = Жолго чыгаар алдында
report-topic-general = Башка
report-topic-none = Башка
report-lang-ru = орусча
report-lang-ky = кыргызча
report-lang-uz = өзбекче
report-lang-tg = тажикче
report-lang-none = көрсөтүлгөн эмес
report-country-ru = Россия
report-country-kz = Казакстан
report-country-home = азырынча үйдө
report-country-none = көрсөтүлгөн эмес
report-outcome-advice = кеңеш берилди
report-outcome-referred = башка уюмга жөнөтүлдү
report-outcome-won = жумушчунун пайдасына чечилди
report-outcome-no_response = жооп болгон жок
report-outcome-none = көрсөтүлгөн эмес
report-measure-flows = Бөлүмдөр
report-measure-faq = Суроолор
report-measure-cases = Иштер
report-backlog-d1 = бир суткага чейин
report-backlog-d3 = 1–3 күн
report-backlog-d7 = 3–7 күн
report-backlog-older = бир жумадан ашык
report-helpful = Жардам берди
report-not-helpful = Жардам бербеди

report-chart-title = Ишеним телефону: { $period }
report-chart-consultations = Темалар боюнча кеңештер
report-chart-backlog = Жооп күткөн иштер (азыр)
report-chart-outcomes = Жабылган иштердин жыйынтыгы
report-chart-feedback = Жоопторго берилген баа
report-chart-caption = { $period } мезгилинин графиги

report-export-records = { $period } мезгилиндеги иштердин анонимдүү жазуулары: аттар, Telegram id жана тексттер жок, даталар жума тактыгы менен гана.
report-export-summary = { $period } боюнча жыйынтык: 5тен аз сандар «&lt;5» деп жашырылган.

report-classify-usage =
    Отчеттор үчүн иштин жыйынтыгын кантип жазуу керек:
    /classify 12 wage.unpaid — бузуунун түрү (базадагы суроонун номери), ЭЭУ конвенциялары өзү коюлат
    /classify 12 wage.unpaid C095 C081 — ЭЭУ конвенцияларын өзүңүз көрсөтүү
    /classify 12 45000 RUB — кайтарылган сумма жана валюта (RUB, KZT, KGS, UZS, TJS, USD, EUR)
    /classify 12 — эмне жазылганын көрсөтүү
report-classify-no-case = №{ $case } иш жок.
report-classify-saved = №{ $case } иш жазылды: бузуу { $violation }, ЭЭУ { $ilo }, сумма { $amount }.
report-classify-current = №{ $case } иш: бузуу { $violation }, ЭЭУ { $ilo }, сумма { $amount }.

report-digest-title = <b>{ $week } жумасынын жыйынтыгы</b> ({ $period })
report-digest-oldest = Эң узак күтүп жаткандар:
report-digest-oldest-line = • /case { $case } — { $hours } саат, { $topic }, { $language }
report-digest-none-waiting = Жооп күткөн эч ким жок.

report-gender-ask =
    Дагы бир суроо, жооп бербесеңиз да болот. Сиз аялсызбы же эркексизби?
    Бул жалпы отчеттор үчүн гана керек. Юрист сизге кандай болсо да жооп берет.
report-gender-f = Аял
report-gender-m = Эркек
report-gender-skip = Өткөрүп жиберүү
report-gender-thanks = Рахмат! Юрист жакында жооп берет.

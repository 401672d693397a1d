# Reports for coordinators: /stats, /export, /classify, the weekly digest, the gender question.
# Lawyers and admins read most of these; the gender question is for the person who opened a case.

report-unclassified = гурӯҳбандӣ нашуда
report-more = боз { $count }
report-none = нест
report-period-bad =
    Давраро нафаҳмидам. Мисолҳо:
    /stats 7d — 7 рӯзи охир
    /stats 30d — 30 рӯзи охир
    /stats 2026-11 — ноябри соли 2026
    /stats 2026-01-01..2026-03-31 — аз 1 январ то 31 март
    Бе давра — 30 рӯзи охир.

report-stats-title = <b>Омор: { $period }</b>
report-stats-consultations = Машваратҳо: бахшҳои гузашта { $flows }, ҷавобҳо ба саволҳо { $faq }, муроҷиатҳо ба ҳуқуқшинос { $cases }
report-stats-by-topic = Аз рӯи мавзӯъ (бахшҳо · саволҳо · муроҷиатҳо):
report-stats-topic-line = • { $topic }: { $flows } · { $faq } · { $cases }
report-stats-by-lang = Аз рӯи забон: { $list }
report-stats-by-country = Аз рӯи кишвар: { $list }
report-stats-cases = Муроҷиатҳо: кушода шуд { $opened }, баста шуд { $closed }, бекор шуд { $cancelled }
report-stats-first-reply = Ҷавоби аввали ҳуқуқшинос: медиана { $hours } соат (муроҷиатҳои ҷавобгирифта: { $count })
report-stats-first-reply-none = Ҷавоби аввали ҳуқуқшинос: ҳоло маълумот нест
report-stats-backlog = Ҳозир интизоранд: { $total } (то як шабонарӯз { $d1 }, 1–3 рӯз { $d3 }, 3–7 рӯз { $d7 }, зиёда аз як ҳафта { $older })
report-stats-outcomes = Натиҷаи муроҷиатҳои басташуда: { $list }
report-stats-violations = Вайронкуниҳо: { $list }
report-stats-ilo = Конвенсияҳои СБМ дар муроҷиатҳо: { $list }; дар ҷавобҳо: { $answers }
report-stats-amounts = Баргардонда шуд: { $list }
report-stats-amounts-none = Баргардонда шуд: маблағҳо сабт нашудаанд
report-stats-gender = Муроҷиатҳои занон / мардон / нишон дода нашуда: { $f } / { $m } / { $unknown }
report-stats-feedback = Ҷавобҳо ба саволҳо: кӯмак кард { $yes }, кӯмак накард { $no }
report-currency-unknown = (асъор нишон дода нашуд)

report-topic-wages = Музди меҳнат
report-topic-contracts = Шартнома ва кор
report-topic-maternity = Ҳомиладорӣ ва кӯдакон
report-topic-predeparture = Пеш аз сафар
report-topic-general = Дигар
report-topic-none = Дигар
report-lang-ru = русӣ
report-lang-ky = қирғизӣ
report-lang-uz = ӯзбекӣ
report-lang-tg = тоҷикӣ
report-lang-none = нишон дода нашуд
report-country-ru = Русия
report-country-kz = Қазоқистон
report-country-home = ҳанӯз дар ватан
report-country-none = нишон дода нашуд
report-outcome-advice = машварат дода шуд
report-outcome-referred = ба ташкилоти дигар фиристода шуд
report-outcome-won = ба фоидаи коргар
report-outcome-no_response = ҷавоб набуд
report-outcome-none = нишон дода нашуд
report-measure-flows = Бахшҳо
report-measure-faq = Саволҳо
report-measure-cases = Муроҷиатҳо
report-backlog-d1 = то як шабонарӯз
report-backlog-d3 = 1–3 рӯз
report-backlog-d7 = 3–7 рӯз
report-backlog-older = зиёда аз як ҳафта
report-helpful = Кӯмак кард
report-not-helpful = Кӯмак накард

report-chart-title = Хати боварӣ: { $period }
report-chart-consultations = Машваратҳо аз рӯи мавзӯъ
report-chart-backlog = Муроҷиатҳое, ки ҷавоб интизоранд (ҳозир)
report-chart-outcomes = Натиҷаи муроҷиатҳои басташуда
report-chart-feedback = Баҳо ба ҷавобҳо
report-chart-caption = Графики давраи { $period }

report-export-records = Сабтҳои беноми муроҷиатҳо барои { $period }: бе ном, бе Telegram id, бе матн, санаҳо бо ҳафта.
report-export-summary = Ҷамъбаст барои { $period }: рақамҳои камтар аз 5 ҳамчун «&lt;5» пинҳон шудаанд.

report-classify-usage =
    Чӣ тавр натиҷаи муроҷиатро барои ҳисобот сабт кардан:
    /classify 12 wage.unpaid — навъи вайронкунӣ (рақами савол аз база), конвенсияҳои СБМ худкор гузошта мешаванд
    /classify 12 wage.unpaid C095 C081 — конвенсияҳои СБМ-ро худатон нишон диҳед
    /classify 12 45000 RUB — маблағи баргардонда ва асъор (RUB, KZT, KGS, UZS, TJS, USD, EUR)
    /classify 12 — нишон додани он чи сабт шудааст
report-classify-no-case = Муроҷиати №{ $case } нест.
report-classify-saved = Муроҷиати №{ $case } сабт шуд: вайронкунӣ { $violation }, СБМ { $ilo }, маблағ { $amount }.
report-classify-current = Муроҷиати №{ $case }: вайронкунӣ { $violation }, СБМ { $ilo }, маблағ { $amount }.

report-digest-title = <b>Натиҷаҳои ҳафтаи { $week }</b> ({ $period })
report-digest-oldest = Аз ҳама дарозтар интизоранд:
report-digest-oldest-line = • /case { $case } — { $hours } соат, { $topic }, { $language }
report-digest-none-waiting = Ҳеҷ кас ҷавоб интизор нест.

report-gender-ask =
    Боз як савол — ҷавоб додан ҳатмӣ нест. Шумо зан ҳастед ё мард?
    Ин танҳо барои ҳисоботҳои умумӣ лозим аст, ҳуқуқшинос дар ҳар сурат ҷавоб медиҳад.
report-gender-f = Зан
report-gender-m = Мард
report-gender-skip = Гузаштан
report-gender-thanks = Ташаккур! Ҳуқуқшинос ба наздикӣ ҷавоб медиҳад.

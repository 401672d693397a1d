# The lawyers' hand-off queue: cases (user side), lawyer and admin commands, reminders, deadlines.
# Telegram HTML: <b>, <i> only. Lawyer-facing texts start with law- or case-remind-/case-new.

## Consent before a case is sent
case-consent-intro = <b>Юристке суроо</b>
    Сурооңузду бот эмес, чыныгы юрист окуйт. Суроо менен бирге юристке төмөнкүлөрдү жөнөтөбүз:
case-consent-lang = • тил: { $language }
case-consent-country = • өлкө: { $country }
case-consent-citizenship = • жарандык: { $citizenship }
case-consent-topic = • тема: { $topic }
case-consent-flow = • боттун суроолоруна берген жоопторуңуз
case-consent-question = • сурооңуз: «{ $question }»
case-consent-never = Атыңызды жана Telegram'дагы никиңизди юрист көрбөйт.
case-consent-ask = Муну юристке жөнөтүүгө макулсузбу?
case-consent-yes = ✅ Ооба, жөнөтүү
case-consent-no = ❌ Жок

case-country-ru = Россия
case-country-kz = Казакстан
case-country-home = азырынча кете элек
case-country-none = көрсөтүлгөн эмес

case-topic-wages = айлык
case-topic-contracts = келишим жана жумуш
case-topic-maternity = кош бойлуулук жана балдар
case-topic-predeparture = жолго чыгаар алдында
case-topic-general = башка

case-ask-description =
    Эмне болгонун кыскача, өз сөзүңүз менен жазыңыз: кайда иштейсиз, эмне туура эмес, качандан бери.
    Документтердин жана паспорттун номерлерин жазбаңыз.
case-desc-too-short = Бир аз кененирээк жазыңыз, жок дегенде бир сүйлөм.
case-declined = Макул, эч нерсе жөнөтпөйбүз. Оюңуз өзгөрсө, менюдан «Юристке жазуу» баскычын басыңыз.

## The case is received
case-eta-today = бүгүн болжол менен саат { $time } чейин
case-eta-tomorrow = эртең болжол менен саат { $time } чейин
case-eta-date = { $date } болжол менен саат { $time } чейин
case-received =
    ✅ №{ $case } кайрылууңуз кабыл алынды.
    Аны бот эмес, чыныгы адам — юрист окуйт. Адатта юрист { $when } жооп берет.
    Кезекте сизден мурун: { $waiting }.
    Юрист кайрылууңузду колго алганда, дароо билдирем. Абалын көрүү: /mycase
case-add-button = ✍️ Толуктоо
case-new-button = 👩‍⚖️ Юристке жазуу
case-cancel-button = ✖️ Кайрылууну жокко чыгаруу
case-lawyer-default-name = Юрист

## Status
case-none = Сизде юристке ачык кайрылуу жок.
case-status-open =
    №{ $case } кайрылууңуз юристти күтүп жатат ({ $hours } саат).
    Юрист аны азырынча колго ала элек. Алганда билдирем.
case-status-claimed =
    №{ $case } кайрылууңуз менен юрист алектенип жатат: { $name }.
    Жооп ушул чатка келет.
case-status-closed = №{ $case } кайрылууңуз жабылды. Жыйынтык: { $outcome }.
case-outcome-advice = юрист кеңеш берди
case-outcome-referred = сизди башка уюмга жөнөтүштү
case-outcome-won = маселе сиздин пайдаңызга чечилди
case-outcome-no_response = жооп болгон жок
case-outcome-none = көрсөтүлгөн эмес

case-ask-more = №{ $case } кайрылууга эмнени кошкуңуз келет? Жазыңыз.
case-message-added = №{ $case } кайрылууга кошулду. Юрист көрөт.
case-cancel-confirm = №{ $case } кайрылууну жокко чыгарасызбы? Юрист мындан ары аны менен алектенбейт.
case-cancel-yes = Ооба, жокко чыгаруу
case-cancel-no = Жок, калтыруу
case-cancelled = №{ $case } кайрылуу жокко чыгарылды. Керек болсо, юристке кайра жазыңыз.

## News from the lawyer's side
case-taken = 👩‍⚖️ Юрист ({ $name }) №{ $case } кайрылууңузду алды. Жооп ушул жерге келет.
case-lawyer-reply =
    <b>{ $name }, юрист</b> (№{ $case } кайрылуу):
    { $text }

    <i>Жооп жазуу үчүн ушул билдирүүдө «Ответить» (Жооп берүү) дегенди басыңыз же /mycase басыңыз.</i>
case-closed = Юрист №{ $case } кайрылууну жапты. Суроо калса, меню аркылуу кайра жазыңыз.
case-released = №{ $case } кайрылуу кайра кезекте: аны башка юрист алат. Эч нерсе кылуунун кереги жок.

## A week after closing
case-follow-up = Бир жума мурун юрист №{ $case } кайрылууну жапкан. Маселеңиз чечилдиби?
case-follow-up-wages = Бир жума мурун юрист №{ $case } кайрылууну жапкан. Акчаңызды төлөп бериштиби?
case-follow-solved = ✅ Ооба, чечилди
case-follow-not_solved = ❌ Жок
case-follow-paid = ✅ Ооба, төлөп беришти
case-follow-not_paid = ❌ Жок, төлөшкөн жок
case-follow-thanks = Жообуңуз үчүн рахмат! Бул башкаларга жардам берүүгө көмөк болот.

## Deadlines the user asked to be reminded of
deadline-menu = <b>Менин эскертмелерим</b>
deadline-none = Азырынча эскертме жок.
deadline-item-patent = • патент төлөмү: { $date }
deadline-item-registration = • каттоонун аягы: { $date }
deadline-what-patent = патент
deadline-what-registration = каттоо
deadline-cancel-button = ✖️ Өчүрүү: { $what }, { $date }
deadline-add-patent = 💳 Патент төлөмүн эскертип туруу
deadline-add-registration = 📅 Каттоо бүтөөрүн эскертүү
deadline-list-button = 🔔 Менин эскертмелерим
deadline-ask-patent = Ар айдын канчасында патент үчүн төлөйсүз? Санды жазыңыз, мисалы: 15
deadline-ask-registration = Каттооңуз качан бүтөт? Датаны жазыңыз, мисалы: 25.12.2026
deadline-bad-day = 1ден 31ге чейинки бир санды жазыңыз, мисалы: 15
deadline-bad-date = Датаны мындай жазыңыз: 25.12.2026 (өтүп кеткен күн эмес).
deadline-set-patent = Даяр. Патент төлөмүн { $date } датасынан 3 күн мурун, андан кийин ай сайын эскертем. Биринчи эскертме: { $remind }.
deadline-set-registration = Даяр. Каттоонун аягынан ({ $date }) 3 күн мурун эскертем: { $remind }.
deadline-too-many = Сизде буга чейин эле 5 эскертме бар. Жаңысын кошуу үчүн керексизин өчүрүңүз.
deadline-cancelled = Эскертме өчүрүлдү
deadline-due-patent = 🔔 Эскертме: { $date } — патент төлөө күнү.
deadline-due-registration = 🔔 Эскертме: { $date } каттооңуз бүтөт.

## For lawyers: news and reminders
case-new = 🆕 Жаңы кайрылуу №{ $case }: { $language }, { $country }, { $topic }. Ачуу: /case { $case }
case-back-in-queue = ↩️ №{ $case } кайрылуу кайра кезекте: { $language }, { $country }, { $topic }. /case { $case }
case-remind-unclaimed = ⏰ №{ $case } кайрылуу { $hours } саат күтүп жатат, аны эч ким алган жок: { $language }, { $country }, { $topic }. /case { $case }
case-remind-admins = ⚠️ №{ $case } кайрылуу { $hours } сааттан бери юристсиз: { $language }, { $country }, { $topic }. /case { $case }
case-remind-waiting = ⏰ №{ $case } кайрылууда адам { $hours } саат жооп күтүп жатат. /case { $case }
case-remind-self = 🔔 Эскертүүнү өзүңүз сурагансыз: №{ $case } кайрылуу ({ $topic }). /case { $case }
law-user-wrote =
    ✉️ №{ $case } кайрылуу ({ $language }, { $topic }), адам жазат:
    { $text }
law-user-cancelled = ✖️ Адам №{ $case } кайрылууну жокко чыгарды ({ $topic }).

## For lawyers: commands
law-bad-number = Кайрылуунун номери керек, мисалы: /case 12
law-no-case = №{ $case } кайрылуу жок.
law-not-allowed = №{ $case } кайрылуу менен мындай кылууга болбойт: ал { $status }.
law-status-open = юристти күтүүдө
law-status-claimed = иштелип жатат
law-status-closed = жабык
law-status-cancelled = жокко чыгарылган
law-need-lawyer = Бул юристтер үчүн буйрук. Өзүңүздү кошуңуз: /lawyer_add сиздин_id
law-case-head =
    <b>№{ $case } кайрылуу</b> — { $status }
    Тил: { $language }. Өлкө: { $country }. Жарандык: { $citizenship }. Тема: { $topic }.
    Күтүүдө: { $hours } саат. Юрист: { $holder }.
law-case-path = Суроолор боюнча жол ({ $flow }): { $path }
law-case-answers = Жооптор: { $answers }
law-case-question = Ботко суроо: «{ $question }»
law-case-faq = Бот көрсөткөн жооп: { $faq }
law-case-outcome = Жыйынтык: { $outcome }. Сумма: { $amount }. Бир жумадан кийинки адамдын жообу: { $answer }.
law-user-outcome-solved = чечилди
law-user-outcome-not_solved = чечилген жок
law-user-outcome-paid = төлөштү
law-user-outcome-not_paid = төлөшкөн жок
law-user-outcome-none = жок
law-case-blocked = ⚠️ Адам ботту бөгөттөгөн: жооптор ага жетпейт.
law-case-msg-user = 👤 { $when }: { $text }
law-case-msg-lawyer = 👩‍⚖️ { $name }, { $when }: { $text }
law-case-note = 📝 белгилөө, { $when }: { $text }
law-case-cut = (алгачкы билдирүүлөр батпай калды)
law-too-many = Сизде иште { $max } кайрылуу бар — бул сиздин чегиңиз. Бирөөнү жабыңыз же кайтарыңыз.
law-already-taken = №{ $case } кайрылууну башка юрист алып койгон.
law-taken = №{ $case } кайрылуу сизде. Жооп: /reply { $case } текст — же ушул билдирүүгө жооп бериңиз.
law-reply-usage = Мындай: /reply 12 жооптун тексти
law-take-first = Адегенде кайрылууну алыңыз: /take { $case }
law-not-yours = №{ $case } кайрылууну башка юрист жүргүзөт.
law-user-blocked = Жооп сакталды, бирок адам ботту бөгөттөгөн, аны албайт (№{ $case }).
law-reply-sent = №{ $case } боюнча жооп жөнөтүлдү.
law-closed = №{ $case } кайрылуу жабылды: { $outcome }. Бир жумадан кийин бот адамдан маселе чечилгенин сурайт.
law-queue-usage = Мындай: /queue, /queue ky же /queue wages
law-queue-empty = Кезек бош.
law-queue-title = <b>Кезек: { $count }</b> (адегенде эң эскилери)
law-queue-line = №{ $case } · { $language } · { $country } · { $topic } · { $hours } саат — /case { $case }
law-released = №{ $case } кайрылуу кезекке кайтты.
law-note-usage = Мындай: /note 12 белгилөөнүн тексти (адам аны көрбөйт)
law-note-saved = №{ $case } боюнча белгилөө сакталды. Адам аны көрбөйт.
law-close-usage = Мындай: /close 12 advice | referred | won [сумма] | no_response
law-close-pick = №{ $case } кайрылуу эмне менен бүттү?
law-mycases-empty = Сизде иште кайрылуу жок. Кезек: /queue
law-mycases-title = <b>Менин кайрылууларым: { $count }/{ $max }</b>
law-remind-usage = Мындай: /remind 12 3d (m — мүнөт, h — саат, d — күн, w — жума)
law-remind-set = №{ $case } кайрылуу тууралуу эскертем: { $when }.
law-name-usage = Мындай: /myname Ат ({ $max } белгиге чейин). Бул атты адамдар көрөт.
law-name-set = Адамдар жоопторуңузду ушул ат менен көрүшөт: { $name }

## For admins
law-add-usage = Мындай: /lawyer_add 123456789 ru,ky Ат
law-added = { $id } юрист кошулду. Тилдер: { $langs }.
law-remove-usage = Мындай: /lawyer_remove 123456789 (юрист тизмеде болушу керек: /lawyers)
law-removed = { $id } юрист өчүрүлдү. Кезекке кайткан кайрылуулар: { $count }.
law-langs-usage = Мындай: /lawyer_langs 123456789 ru,uz
law-langs-set = { $id } юрист окуйт: { $langs }.
law-max-usage = Мындай: /lawyer_max 123456789 5 (1ден 100гө чейин)
law-max-set = { $id } юрист бир убакта { $max } кайрылуудан ашык жүргүзбөйт.
law-list-title = <b>Юристтер: { $count }</b>
law-list-line = { $id } · { $name } · { $langs } · иште { $held }/{ $max }
law-invite-usage = Мындай: /invite ru,ky
law-invite-made = Юрист үчүн бир жолку код ({ $langs }). Ботко жөнөтсүн: /join { $code }
law-joined = Сиз юрист катары кошулдуңуз. Тилдер: { $langs }. Кезек: /queue. Адамдар үчүн атыңыз: /myname
# Topic of a case whose author wrote about urgent danger (violence, threats, locked in).
case-topic-urgent = 🚨 ШАШЫЛЫШ · { $topic }
# A one-time invite as a t.me deep link (shown when the bot's username is known).
law-invite-link = Же юристке шилтеме жөнөтүңүз — ал бир жолу гана иштейт: { $link }

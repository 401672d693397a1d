# The lawyers' hand-off queue: cases (user side), lawyer and admin commands, reminders, deadlines.
# Telegram HTML: <b>, <i> only.

## Consent before a case is sent
case-consent-intro = <b>Савол ба ҳуқуқшинос</b>
    Саволи шуморо ҳуқуқшиноси воқеӣ мехонад, на бот. Ҳамроҳи савол инҳоро мефиристем:
case-consent-lang = • забон: { $language }
case-consent-country = • кишвар: { $country }
case-consent-citizenship = • шаҳрвандӣ: { $citizenship }
case-consent-topic = • мавзӯъ: { $topic }
case-consent-flow = • ҷавобҳои шумо ба саволҳои бот
case-consent-question = • саволи шумо: «{ $question }»
case-consent-never = Ному никнейми шуморо дар Telegram ҳуқуқшинос намебинад.
case-consent-ask = Розӣ ҳастед, ки инро ба ҳуқуқшинос фиристем?
case-consent-yes = ✅ Ҳа, фиристед
case-consent-no = ❌ Не

case-country-ru = Русия
case-country-kz = Қазоқистон
case-country-home = ҳанӯз нарафтаам
case-country-none = нишон дода нашудааст

case-topic-wages = музди меҳнат
case-topic-contracts = шартнома ва кор
case-topic-maternity = ҳомиладорӣ ва кӯдакон
case-topic-predeparture = пеш аз сафар
case-topic-general = дигар

case-ask-description =
    Кӯтоҳ ва бо суханони худ нависед, ки чӣ шуд: дар куҷо кор мекунед, чӣ нодуруст аст, аз кай.
    Рақами ҳуҷҷатҳо ва шиносномаро нанависед.
case-desc-too-short = Каме муфассалтар нависед, ақаллан як ҷумла.
case-declined = Хуб, ҳеҷ чиз намефиристем. Агар фикратон дигар шавад, дар меню «Ба ҳуқуқшинос навиштан»-ро пахш кунед.

## The case is received
case-eta-today = имрӯз тақрибан то соати { $time }
case-eta-tomorrow = фардо тақрибан то соати { $time }
case-eta-date = { $date } тақрибан то соати { $time }
case-received =
    ✅ Муроҷиати №{ $case } қабул шуд.
    Онро ҳуқуқшинос мехонад — одами зинда, на бот. Одатан ҳуқуқшинос { $when } ҷавоб медиҳад.
    Дар навбат пеш аз шумо: { $waiting }.
    Вақте ки ҳуқуқшинос муроҷиати шуморо гирад, фавран хабар медиҳам. Ҳолат: /mycase
case-add-button = ✍️ Илова кардан
case-new-button = 👩‍⚖️ Ба ҳуқуқшинос навиштан
case-cancel-button = ✖️ Бекор кардани муроҷиат
case-lawyer-default-name = Ҳуқуқшинос

## Status
case-none = Шумо ба ҳуқуқшинос муроҷиати кушода надоред.
case-status-open =
    Муроҷиати №{ $case } ҳуқуқшиносро интизор аст ({ $hours } соат).
    Ҳуқуқшинос онро ҳанӯз нагирифтааст. Вақте ки гирад, хабар медиҳам.
case-status-claimed =
    Бо муроҷиати №{ $case } ҳуқуқшинос машғул аст: { $name }.
    Ҷавоб ба ҳамин чат меояд.
case-status-closed = Муроҷиати №{ $case } баста шуд. Натиҷа: { $outcome }.
case-outcome-advice = ҳуқуқшинос маслиҳат дод
case-outcome-referred = шуморо ба ташкилоти дигар фиристоданд
case-outcome-won = масъала ба фоидаи шумо ҳал шуд
case-outcome-no_response = ҷавоб набуд
case-outcome-none = нишон дода нашудааст

case-ask-more = Нависед, ки ба муроҷиати №{ $case } чӣ илова кунем.
case-message-added = Ба муроҷиати №{ $case } илова шуд. Ҳуқуқшинос онро мебинад.
case-cancel-confirm = Муроҷиати №{ $case }-ро бекор мекунед? Ҳуқуқшинос дигар бо он машғул намешавад.
case-cancel-yes = Ҳа, бекор кардан
case-cancel-no = Не, бимонад
case-cancelled = Муроҷиати №{ $case } бекор шуд. Агар лозим шавад, боз ба ҳуқуқшинос нависед.

## News from the lawyer's side
case-taken = 👩‍⚖️ Ҳуқуқшинос ({ $name }) муроҷиати №{ $case }-и шуморо гирифт. Ҷавоб ба ҳамин ҷо меояд.
case-lawyer-reply =
    <b>{ $name }, ҳуқуқшинос</b> (муроҷиати №{ $case }):
    { $text }

    <i>Барои ҷавоб додан, дар ҳамин паём «Ҷавоб»-ро пахш кунед ё /mycase-ро кушоед.</i>
case-closed = Ҳуқуқшинос муроҷиати №{ $case }-ро баст. Агар савол монда бошад, тавассути меню боз нависед.
case-released = Муроҷиати №{ $case } боз дар навбат аст: онро ҳуқуқшиноси дигар мегирад. Ба шумо коре кардан лозим нест.

## A week after closing
case-follow-up = Як ҳафта пеш ҳуқуқшинос муроҷиати №{ $case }-ро баст. Масъалаи шумо ҳал шуд?
case-follow-up-wages = Як ҳафта пеш ҳуқуқшинос муроҷиати №{ $case }-ро баст. Ба шумо пул доданд?
case-follow-solved = ✅ Ҳа, ҳал шуд
case-follow-not_solved = ❌ Не
case-follow-paid = ✅ Ҳа, доданд
case-follow-not_paid = ❌ Не, надоданд
case-follow-thanks = Ташаккур барои ҷавоб! Ин ба мо кӯмак мекунад, ки ба дигарон ёрӣ диҳем.

## Deadlines the user asked to be reminded of
deadline-menu = <b>Ёдраскуниҳои ман</b>
deadline-none = Ҳоло ёдраскунӣ нест.
deadline-item-patent = • пардохти патент: { $date }
deadline-item-registration = • охири регистрация: { $date }
deadline-what-patent = патент
deadline-what-registration = регистрация
deadline-cancel-button = ✖️ Нест кардан: { $what }, { $date }
deadline-add-patent = 💳 Пардохти патентро ёдрас кардан
deadline-add-registration = 📅 Охири регистрацияро ёдрас кардан
deadline-list-button = 🔔 Ёдраскуниҳои ман
deadline-ask-patent = Ҳар моҳ дар кадом сана пули патентро месупоред? Рақамро нависед, масалан: 15
deadline-ask-registration = Регистрацияи шумо кай тамом мешавад? Санаро нависед, масалан: 25.12.2026
deadline-bad-day = Як рақам аз 1 то 31 нависед, масалан: 15
deadline-bad-date = Санаро ин тавр нависед: 25.12.2026 (санаи гузашта намешавад).
deadline-set-patent = Тайёр. Пардохти патентро 3 рӯз пеш аз { $date } ва баъд ҳар моҳ ёдрас мекунам. Ёдраскунии аввал: { $remind }.
deadline-set-registration = Тайёр. 3 рӯз пеш аз охири регистрация ({ $date }) ёдрас мекунам: { $remind }.
deadline-too-many = Шумо аллакай 5 ёдраскунӣ доред. Барои илова кардани ёдраскунии нав, яктоашро нест кунед.
deadline-cancelled = Ёдраскунӣ нест шуд
deadline-due-patent = 🔔 Ёдраскунӣ: { $date } — рӯзи пардохти патент.
deadline-due-registration = 🔔 Ёдраскунӣ: { $date } регистрацияи шумо тамом мешавад.

## For lawyers: news and reminders
case-new = 🆕 Муроҷиати нав №{ $case }: { $language }, { $country }, { $topic }. Кушодан: /case { $case }
case-back-in-queue = ↩️ Муроҷиати №{ $case } боз дар навбат: { $language }, { $country }, { $topic }. /case { $case }
case-remind-unclaimed = ⏰ Муроҷиати №{ $case } { $hours } соат интизор аст, ҳеҷ кас онро нагирифт: { $language }, { $country }, { $topic }. /case { $case }
case-remind-admins = ⚠️ Муроҷиати №{ $case } { $hours } соат боз бе ҳуқуқшинос: { $language }, { $country }, { $topic }. /case { $case }
case-remind-waiting = ⏰ Дар муроҷиати №{ $case } муроҷиаткунанда { $hours } соат ҷавоб интизор аст. /case { $case }
case-remind-self = 🔔 Шумо хоҳиш карда будед, ки ёдрас кунам: муроҷиати №{ $case } ({ $topic }). /case { $case }
law-user-wrote =
    ✉️ Муроҷиати №{ $case } ({ $language }, { $topic }), муроҷиаткунанда менависад:
    { $text }
law-user-cancelled = ✖️ Муроҷиаткунанда муроҷиати №{ $case }-ро бекор кард ({ $topic }).

## For lawyers: commands
law-bad-number = Рақами муроҷиат лозим аст, масалан: /case 12
law-no-case = Муроҷиати №{ $case } нест.
law-not-allowed = Бо муроҷиати №{ $case } ин тавр мумкин нест: он { $status }.
law-status-open = ҳуқуқшиносро интизор аст
law-status-claimed = дар кор аст
law-status-closed = баста шудааст
law-status-cancelled = бекор шудааст
law-need-lawyer = Ин фармон барои ҳуқуқшиносон аст. Худро илова кунед: /lawyer_add id_и_шумо
law-case-head =
    <b>Муроҷиати №{ $case }</b> — { $status }
    Забон: { $language }. Кишвар: { $country }. Шаҳрвандӣ: { $citizenship }. Мавзӯъ: { $topic }.
    Интизор: { $hours } соат. Ҳуқуқшинос: { $holder }.
law-case-path = Масири саволҳо ({ $flow }): { $path }
law-case-answers = Ҷавобҳо: { $answers }
law-case-question = Савол ба бот: «{ $question }»
law-case-faq = Бот ин ҷавобро нишон дод: { $faq }
law-case-outcome = Натиҷа: { $outcome }. Маблағ: { $amount }. Ҷавоби муроҷиаткунанда баъд аз як ҳафта: { $answer }.
law-user-outcome-solved = ҳал шуд
law-user-outcome-not_solved = ҳал нашуд
law-user-outcome-paid = пардохтанд
law-user-outcome-not_paid = напардохтанд
law-user-outcome-none = нест
law-case-blocked = ⚠️ Муроҷиаткунанда ботро блок кардааст: ҷавобҳо ба ӯ намерасанд.
law-case-msg-user = 👤 { $when }: { $text }
law-case-msg-lawyer = 👩‍⚖️ { $name }, { $when }: { $text }
law-case-note = 📝 қайд, { $when }: { $text }
law-case-cut = (паёмҳои аввал ҷо нашуданд)
law-too-many = Шумо { $max } муроҷиат дар кор доред — ин ҳадди шумост. Яктоашро бандед ё ба навбат баргардонед.
law-already-taken = Муроҷиати №{ $case }-ро ҳуқуқшиноси дигар гирифтааст.
law-taken = Муроҷиати №{ $case } акнун аз они шумост. Ҷавоб: /reply { $case } матн — ё ба ҳамин паём ҷавоб диҳед.
law-reply-usage = Ин тавр: /reply 12 матни ҷавоб
law-take-first = Аввал муроҷиатро гиред: /take { $case }
law-not-yours = Муроҷиати №{ $case }-ро ҳуқуқшиноси дигар пеш мебарад.
law-user-blocked = Ҷавоб нигоҳ дошта шуд, вале муроҷиаткунанда ботро блок кардааст ва онро намегирад (№{ $case }).
law-reply-sent = Ҷавоб ба муроҷиати №{ $case } фиристода шуд.
law-closed = Муроҷиати №{ $case } баста шуд: { $outcome }. Баъд аз як ҳафта бот аз муроҷиаткунанда мепурсад, ки масъала ҳал шуд ё не.
law-queue-usage = Ин тавр: /queue, /queue ky ё /queue wages
law-queue-empty = Навбат холӣ аст.
law-queue-title = <b>Навбат: { $count }</b> (аввал кӯҳнатаринҳо)
law-queue-line = №{ $case } · { $language } · { $country } · { $topic } · { $hours } соат — /case { $case }
law-released = Муроҷиати №{ $case } ба навбат баргашт.
law-note-usage = Ин тавр: /note 12 матни қайд (муроҷиаткунанда онро намебинад)
law-note-saved = Қайд ба №{ $case } нигоҳ дошта шуд. Муроҷиаткунанда онро намебинад.
law-close-usage = Ин тавр: /close 12 advice | referred | won [маблағ] | no_response
law-close-pick = Муроҷиати №{ $case } чӣ тавр анҷом ёфт?
law-mycases-empty = Шумо муроҷиати дар кор надоред. Навбат: /queue
law-mycases-title = <b>Муроҷиатҳои ман: { $count } аз { $max }</b>
law-remind-usage = Ин тавр: /remind 12 3d (m — дақиқа, h — соат, d — рӯз, w — ҳафта)
law-remind-set = Дар бораи муроҷиати №{ $case } ёдрас мекунам: { $when }.
law-name-usage = Ин тавр: /myname Ном (то { $max } аломат). Ин номро муроҷиаткунандагон мебинанд.
law-name-set = Муроҷиаткунандагон ҷавобҳои шуморо бо ин ном мебинанд: { $name }

## For admins
law-add-usage = Ин тавр: /lawyer_add 123456789 ru,ky Ном
law-added = Ҳуқуқшинос { $id } илова шуд. Забонҳо: { $langs }.
law-remove-usage = Ин тавр: /lawyer_remove 123456789 (ҳуқуқшинос бояд дар рӯйхат бошад: /lawyers)
law-removed = Ҳуқуқшинос { $id } хориҷ шуд. Муроҷиатҳое, ки ба навбат баргаштанд: { $count }.
law-langs-usage = Ин тавр: /lawyer_langs 123456789 ru,uz
law-langs-set = Ҳуқуқшинос { $id } мехонад: { $langs }.
law-max-usage = Ин тавр: /lawyer_max 123456789 5 (аз 1 то 100)
law-max-set = Ҳуқуқшинос { $id } ҳамзамон на зиёда аз { $max } муроҷиат пеш мебарад.
law-list-title = <b>Ҳуқуқшиносон: { $count }</b>
law-list-line = { $id } · { $name } · { $langs } · дар кор { $held } аз { $max }
law-invite-usage = Ин тавр: /invite ru,ky
law-invite-made = Рамзи яккарата барои ҳуқуқшинос ({ $langs }). Бигзор ба бот фиристад: /join { $code }
law-joined = Шумо ҳамчун ҳуқуқшинос илова шудед. Забонҳо: { $langs }. Навбат: /queue. Номи шумо барои муроҷиаткунандагон: /myname
# Topic of a case whose author wrote about urgent danger (violence, threats, locked in).
case-topic-urgent = 🚨 ФАВРӢ · { $topic }
# A one-time invite as a t.me deep link (shown when the bot's username is known).
law-invite-link = Ё ба ҳуқуқшинос истинодро фиристед — он як бор кор мекунад: { $link }

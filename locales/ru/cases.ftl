# The lawyers' hand-off queue: cases (user side), lawyer and admin commands, reminders, deadlines.
# Telegram HTML: <b>, <i> only. Lawyer-facing texts start with law- or case-remind-/case-new.

## Consent before a case is sent
case-consent-intro = <b>Вопрос юристу</b>
    Ваш вопрос прочитает живой юрист, не бот. Вместе с ним мы передадим:
case-consent-lang = • язык: { $language }
case-consent-country = • страна: { $country }
case-consent-citizenship = • гражданство: { $citizenship }
case-consent-topic = • тема: { $topic }
case-consent-flow = • ваши ответы на вопросы бота
case-consent-question = • ваш вопрос: «{ $question }»
case-consent-never = Ваше имя и ник в Telegram юрист не увидит.
case-consent-ask = Согласны передать это юристу?
case-consent-yes = ✅ Да, передать
case-consent-no = ❌ Нет

case-country-ru = Россия
case-country-kz = Казахстан
case-country-home = ещё не уехал(а)
case-country-none = не указана

case-topic-wages = зарплата
case-topic-contracts = договор и работа
case-topic-maternity = беременность и дети
case-topic-predeparture = перед отъездом
case-topic-general = другое

case-ask-description =
    Опишите коротко, своими словами, что случилось: где работаете, что не так, с какого времени.
    Не пишите номера документов и паспорта.
case-desc-too-short = Напишите чуть подробнее, хотя бы одно предложение.
case-declined = Хорошо, ничего не передаём. Если передумаете, нажмите «Написать юристу» в меню.

## The case is received
case-eta-today = сегодня примерно до { $time }
case-eta-tomorrow = завтра примерно до { $time }
case-eta-date = { $date } примерно до { $time }
case-received =
    ✅ Обращение №{ $case } принято.
    Его прочитает юрист — живой человек, не бот. Обычно юрист отвечает { $when }.
    Перед вами в очереди: { $waiting }.
    Когда юрист возьмёт ваше обращение, я сразу напишу. Статус: /mycase
case-add-button = ✍️ Дописать
case-new-button = 👩‍⚖️ Написать юристу
case-cancel-button = ✖️ Отменить обращение
case-lawyer-default-name = Юрист

## Status
case-none = У вас нет открытых обращений к юристу.
case-status-open =
    Обращение №{ $case } ждёт юриста ({ $hours } ч).
    Юрист ещё не взял его. Я напишу, когда возьмёт.
case-status-claimed =
    Обращением №{ $case } занимается юрист: { $name }.
    Ответ придёт сюда, в этот чат.
case-status-closed = Обращение №{ $case } закрыто. Итог: { $outcome }.
case-outcome-advice = юрист дал консультацию
case-outcome-referred = вас направили в другую организацию
case-outcome-won = вопрос решён в вашу пользу
case-outcome-no_response = не было ответа
case-outcome-none = не указан

case-ask-more = Напишите, что добавить к обращению №{ $case }.
case-message-added = Добавлено к обращению №{ $case }. Юрист увидит.
case-cancel-confirm = Отменить обращение №{ $case }? Юрист больше не будет им заниматься.
case-cancel-yes = Да, отменить
case-cancel-no = Нет, оставить
case-cancelled = Обращение №{ $case } отменено. Если нужно, напишите юристу снова.

## News from the lawyer's side
case-taken = 👩‍⚖️ Юрист ({ $name }) взял ваше обращение №{ $case }. Ответ придёт сюда.
case-lawyer-reply =
    <b>{ $name }, юрист</b> (обращение №{ $case }):
    { $text }

    <i>Чтобы ответить, нажмите «Ответить» на этом сообщении или /mycase.</i>
case-closed = Юрист закрыл обращение №{ $case }. Если вопрос остался, напишите снова через меню.
case-released = Обращение №{ $case } снова в очереди: его возьмёт другой юрист. Ничего делать не нужно.

## A week after closing
case-follow-up = Неделю назад юрист закрыл обращение №{ $case }. Ваш вопрос решён?
case-follow-up-wages = Неделю назад юрист закрыл обращение №{ $case }. Вам заплатили?
case-follow-solved = ✅ Да, решён
case-follow-not_solved = ❌ Нет
case-follow-paid = ✅ Да, заплатили
case-follow-not_paid = ❌ Нет, не заплатили
case-follow-thanks = Спасибо за ответ! Он поможет нам помогать другим.

## Deadlines the user asked to be reminded of
deadline-menu = <b>Мои напоминания</b>
deadline-none = Напоминаний пока нет.
deadline-item-patent = • оплата патента: { $date }
deadline-item-registration = • конец регистрации: { $date }
deadline-what-patent = патент
deadline-what-registration = регистрация
deadline-cancel-button = ✖️ Убрать: { $what }, { $date }
deadline-add-patent = 💳 Напоминать об оплате патента
deadline-add-registration = 📅 Напомнить о конце регистрации
deadline-list-button = 🔔 Мои напоминания
deadline-ask-patent = Какого числа каждого месяца вы платите за патент? Напишите число, например: 15
deadline-ask-registration = Когда заканчивается регистрация? Напишите дату, например: 25.12.2026
deadline-bad-day = Напишите одно число от 1 до 31, например: 15
deadline-bad-date = Напишите дату так: 25.12.2026 (не в прошлом).
deadline-set-patent = Готово. Напомню об оплате патента за 3 дня до { $date } и потом каждый месяц. Первое напоминание: { $remind }.
deadline-set-registration = Готово. Напомню за 3 дня до конца регистрации ({ $date }): { $remind }.
deadline-too-many = У вас уже 5 напоминаний. Уберите лишнее, чтобы добавить новое.
deadline-cancelled = Напоминание убрано
deadline-due-patent = 🔔 Напоминание: { $date } — день оплаты патента.
deadline-due-registration = 🔔 Напоминание: { $date } заканчивается регистрация.

## For lawyers: news and reminders
case-new = 🆕 Новое обращение №{ $case }: { $language }, { $country }, { $topic }. Открыть: /case { $case }
case-back-in-queue = ↩️ Обращение №{ $case } снова в очереди: { $language }, { $country }, { $topic }. /case { $case }
case-remind-unclaimed = ⏰ Обращение №{ $case } ждёт { $hours } ч, его никто не взял: { $language }, { $country }, { $topic }. /case { $case }
case-remind-admins = ⚠️ Обращение №{ $case } без юриста уже { $hours } ч: { $language }, { $country }, { $topic }. /case { $case }
case-remind-waiting = ⏰ В обращении №{ $case } человек ждёт ответа { $hours } ч. /case { $case }
case-remind-self = 🔔 Вы просили напомнить: обращение №{ $case } ({ $topic }). /case { $case }
law-user-wrote =
    ✉️ Обращение №{ $case } ({ $language }, { $topic }), человек пишет:
    { $text }
law-user-cancelled = ✖️ Человек отменил обращение №{ $case } ({ $topic }).

## For lawyers: commands
law-bad-number = Нужен номер обращения, например: /case 12
law-no-case = Обращения №{ $case } нет.
law-not-allowed = С обращением №{ $case } так нельзя: оно { $status }.
law-status-open = ждёт юриста
law-status-claimed = в работе
law-status-closed = закрыто
law-status-cancelled = отменено
law-need-lawyer = Это команда для юристов. Добавьте себя: /lawyer_add ваш_id
law-case-head =
    <b>Обращение №{ $case }</b> — { $status }
    Язык: { $language }. Страна: { $country }. Гражданство: { $citizenship }. Тема: { $topic }.
    Ждёт: { $hours } ч. Юрист: { $holder }.
law-case-path = Путь по вопросам ({ $flow }): { $path }
law-case-answers = Ответы: { $answers }
law-case-question = Вопрос боту: «{ $question }»
law-case-faq = Бот показал ответ: { $faq }
law-case-outcome = Итог: { $outcome }. Сумма: { $amount }. Ответ человека через неделю: { $answer }.
law-user-outcome-solved = решён
law-user-outcome-not_solved = не решён
law-user-outcome-paid = заплатили
law-user-outcome-not_paid = не заплатили
law-user-outcome-none = нет
law-case-blocked = ⚠️ Человек заблокировал бота: ответы до него не дойдут.
law-case-msg-user = 👤 { $when }: { $text }
law-case-msg-lawyer = 👩‍⚖️ { $name }, { $when }: { $text }
law-case-note = 📝 заметка, { $when }: { $text }
law-case-cut = (первые сообщения не поместились)
law-too-many = У вас уже { $max } обращений в работе — это ваш предел. Закройте или верните одно.
law-already-taken = Обращение №{ $case } уже взял другой юрист.
law-taken = Обращение №{ $case } ваше. Ответ: /reply { $case } текст — или ответьте на это сообщение.
law-reply-usage = Так: /reply 12 текст ответа
law-take-first = Сначала возьмите обращение: /take { $case }
law-not-yours = Обращение №{ $case } ведёт другой юрист.
law-user-blocked = Ответ сохранён, но человек заблокировал бота и не получит его (№{ $case }).
law-reply-sent = Ответ по №{ $case } отправлен.
law-closed = Обращение №{ $case } закрыто: { $outcome }. Через неделю бот спросит человека, решён ли вопрос.
law-queue-usage = Так: /queue, /queue ky или /queue wages
law-queue-empty = Очередь пуста.
law-queue-title = <b>Очередь: { $count }</b> (сначала самые старые)
law-queue-line = №{ $case } · { $language } · { $country } · { $topic } · { $hours } ч — /case { $case }
law-released = Обращение №{ $case } вернулось в очередь.
law-note-usage = Так: /note 12 текст заметки (человек её не увидит)
law-note-saved = Заметка к №{ $case } сохранена. Человек её не увидит.
law-close-usage = Так: /close 12 advice | referred | won [сумма] | no_response
law-close-pick = Чем закончилось обращение №{ $case }?
law-mycases-empty = У вас нет обращений в работе. Очередь: /queue
law-mycases-title = <b>Мои обращения: { $count } из { $max }</b>
law-remind-usage = Так: /remind 12 3d (m — минуты, h — часы, d — дни, w — недели)
law-remind-set = Напомню об обращении №{ $case }: { $when }.
law-name-usage = Так: /myname Имя (до { $max } знаков). Это имя увидят люди.
law-name-set = Люди будут видеть ваши ответы от имени: { $name }

## For admins
law-add-usage = Так: /lawyer_add 123456789 ru,ky Имя
law-added = Юрист { $id } добавлен. Языки: { $langs }.
law-remove-usage = Так: /lawyer_remove 123456789 (юрист должен быть в списке: /lawyers)
law-removed = Юрист { $id } удалён. Вернулось в очередь обращений: { $count }.
law-langs-usage = Так: /lawyer_langs 123456789 ru,uz
law-langs-set = Юрист { $id } читает: { $langs }.
law-max-usage = Так: /lawyer_max 123456789 5 (от 1 до 100)
law-max-set = Юрист { $id } может вести не больше { $max } обращений сразу.
law-list-title = <b>Юристы: { $count }</b>
law-list-line = { $id } · { $name } · { $langs } · в работе { $held } из { $max }
law-invite-usage = Так: /invite ru,ky
law-invite-made = Одноразовый код для юриста ({ $langs }). Пусть отправит боту: /join { $code }
law-joined = Вы добавлены как юрист. Языки: { $langs }. Очередь: /queue. Ваше имя для людей: /myname
# Topic of a case whose author wrote about urgent danger (violence, threats, locked in).
case-topic-urgent = 🚨 СРОЧНО · { $topic }
# A one-time invite as a t.me deep link (shown when the bot's username is known).
law-invite-link = Или перешлите юристу ссылку — она сработает один раз: { $link }

# Guided flows: questions, options and short extra lines. Answers come from knowledge/.
# Telegram HTML: <b>, <i> only.
flow-resume = ↩️ Вернуться к вопросам
flow-handoff = Опишите юристу, что случилось. Он ответит здесь, в чате. Ваш работодатель ничего не узнает.
flow-opt-other = ✍️ Другое — спросить юриста
flow-opt-yes = Да
flow-opt-no = Нет
flow-see-trafficking = 🆘 Признаки принудительного труда

flow-dest-ask = В какой стране вы работаете или будете работать?
flow-dest-ru = 🇷🇺 Россия
flow-dest-kz = 🇰🇿 Казахстан
flow-cit-ask = Гражданство какой страны у вас? От этого зависят ваши права.
flow-cit-kg = 🇰🇬 Кыргызстан
flow-cit-uz = 🇺🇿 Узбекистан
flow-cit-tj = 🇹🇯 Таджикистан
flow-cit-other = Другая страна

flow-wages-ask = 💰 Что случилось с зарплатой?
flow-wages-opt-unpaid = Не платят совсем
flow-wages-opt-late = Платят с задержкой
flow-wages-opt-less = Платят меньше, чем договорились
flow-wages-opt-deductions = Штрафы и вычеты
flow-wages-opt-final = Не рассчитали при увольнении
flow-wages-opt-extra = Переработка, ночи, праздники
flow-wages-opt-offbooks = Зарплата «в конверте»
flow-wages-ask-still = Вы ещё работаете там?
flow-wages-opt-still-working = Да, работаю
flow-wages-opt-left = Нет, уже ушёл(ушла)
flow-wages-ask-less = Меньше чем что?
flow-wages-opt-less-contract = Меньше, чем в договоре
flow-wages-opt-less-minimum = Меньше минимальной зарплаты
flow-wages-opt-less-payslip = Не понимаю расчётный листок
flow-wages-opt-less-oral = Договаривались устно
flow-wages-less-contract-extra = ℹ️ Недоплата до суммы из договора — это долг по зарплате. Правила те же, что при невыплате.
flow-wages-ask-deductions = Что удерживают?
flow-wages-opt-fine = Штрафы или вычеты из зарплаты
flow-wages-opt-debt = Говорят, что я должен(на)
flow-wages-ask-extra = За что не доплачивают?
flow-wages-opt-overtime = Сверхурочная работа
flow-wages-opt-night = Ночью, в выходные или праздники
flow-wages-see-late = ⏰ Компенсация за задержку
flow-wages-see-frequency = 📅 Как часто должны платить
flow-wages-see-taxes = 🧾 Налоги

flow-contracts-ask = 📄 Что вас волнует?
flow-contracts-opt-none = Нет письменного договора
flow-contracts-opt-signing = Скоро подписывать договор
flow-contracts-opt-probation = Испытательный срок
flow-contracts-opt-dismissed = Меня увольняют
flow-contracts-opt-quit = Хочу уйти с работы
flow-contracts-opt-civil = Дали договор ГПХ, а не трудовой
flow-contracts-opt-hours = Рабочее время и отпуск
flow-contracts-opt-passport = Работодатель забрал паспорт
flow-contracts-ask-signing = Что хотите узнать?
flow-contracts-opt-check = Что проверить в договоре
flow-contracts-opt-language = Договор на непонятном языке
flow-contracts-ask-pregnant = Вы сейчас беременны?
flow-contracts-ask-quit = Что вы хотите сделать?
flow-contracts-opt-resign = Уволиться
flow-contracts-opt-change = Перейти к другому работодателю
flow-contracts-change-eaeu-extra = ℹ️ Вы гражданин(ка) ЕАЭС: разрешение на работу не нужно.
flow-contracts-change-patent-extra = ℹ️ Если у вас патент: он действует только в своём регионе, платите за него вовремя.
flow-contracts-ask-hours = Что именно?
flow-contracts-opt-hours-time = Рабочие часы и выходные
flow-contracts-opt-vacation = Отпуск
flow-contracts-opt-sick = Больничный
flow-contracts-opt-injury = Травма на работе
flow-contracts-see-final = 💰 Расчёт при увольнении

flow-maternity-ask = 🤰 Что у вас сейчас?
flow-maternity-opt-pregnant = Я беременна
flow-maternity-opt-born = Недавно родила
flow-maternity-opt-refused = Отказали в работе или увольняют
flow-maternity-opt-unpaid = Не платят пособие / фирма закрылась
flow-maternity-opt-childcare = Отпуск и пособие по уходу
flow-maternity-opt-parents = Права родителей малышей
flow-maternity-ask-pregnant = Что хотите узнать?
flow-maternity-opt-leave = Сколько длится декрет
flow-maternity-opt-money = Сколько заплатят
flow-maternity-opt-conditions = Условия работы при беременности
flow-maternity-opt-fixed = Срочный договор заканчивается
flow-maternity-ask-born = Что хотите узнать?
flow-maternity-opt-lump = Пособие при рождении
flow-maternity-opt-documents = Документы ребёнка
flow-maternity-opt-care = Роды и помощь врачей
flow-maternity-opt-breastfeeding = Перерывы для кормления
flow-maternity-ask-refused = Что случилось?
flow-maternity-opt-not-hired = Не взяли на работу
flow-maternity-opt-fired = Увольняют
flow-maternity-ask-childcare = Что хотите узнать?
flow-maternity-opt-childcare-leave = Отпуск по уходу за ребёнком
flow-maternity-opt-allowance = Пособие по уходу
flow-maternity-see-eligibility = 🌍 Пособия для мигрантов
flow-maternity-see-benefit = 💵 Как считают декретные

flow-pre-ask = ✈️ Что хотите узнать перед отъездом?
flow-pre-opt-checklist = Мой список документов
flow-pre-opt-offer = Проверить работу или посредника
flow-pre-opt-danger = Признаки обмана и торговли людьми
flow-pre-opt-contacts = Куда обратиться за границей
flow-pre-opt-ban = Запрет на въезд
flow-pre-checklist-ru-eaeu =
    <b>Ваш список: Россия, гражданин(ка) Кыргызстана</b>
    ☐ паспорт, миграционная карта с целью «работа»
    ☐ трудовой договор (патент не нужен)
    ☐ регистрация: без неё можно 30 дней с въезда
    ☐ медосмотр и дактилоскопия в течение 30 дней
flow-pre-checklist-ru-patent =
    <b>Ваш список: Россия, патент</b>
    ☐ паспорт, миграционная карта с целью «работа»
    ☐ регистрация по месту пребывания
    ☐ полис ДМС и сертификат о знании русского языка
    ☐ медосмотр и дактилоскопия в течение 30 дней
    ☐ заявление на патент в течение 30 дней с въезда
    ☐ платить за патент каждый месяц без опозданий
flow-pre-checklist-kz-eaeu =
    <b>Ваш список: Казахстан, гражданин(ка) Кыргызстана</b>
    ☐ паспорт и трудовой договор (разрешение не нужно)
    ☐ регистрация по месту пребывания
    ☐ для работы дольше разрешённого срока — вид на временное проживание
flow-pre-checklist-kz-other =
    <b>Ваш список: Казахстан</b>
    ☐ паспорт
    ☐ разрешение на работу: какое именно — зависит от работодателя
    ☐ регистрация по месту пребывания
    ☐ медицинская страховка
flow-pre-see-registration = 🏠 Регистрация
flow-pre-see-insurance = 🏥 Медстраховка
flow-pre-see-language = 📝 Экзамен по русскому языку
flow-pre-see-contacts = ☎️ Куда обратиться

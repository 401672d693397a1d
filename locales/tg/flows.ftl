# Guided flows: questions, options and short extra lines. Answers come from knowledge/.
# Telegram HTML: <b>, <i> only.
flow-resume = ↩️ Бозгашт ба саволҳо
flow-handoff = Ба ҳуқуқшинос нависед, ки чӣ шуд. Ӯ дар ҳамин чат ҷавоб медиҳад. Корфармои шумо аз ин хабар намеёбад.
flow-opt-other = ✍️ Дигар — аз ҳуқуқшинос пурсед
flow-opt-yes = Ҳа
flow-opt-no = Не
flow-see-trafficking = 🆘 Нишонаҳои меҳнати маҷбурӣ

flow-dest-ask = Дар кадом кишвар кор мекунед ё кор кардан мехоҳед?
flow-dest-ru = 🇷🇺 Русия
flow-dest-kz = 🇰🇿 Қазоқистон
flow-cit-ask = Шумо шаҳрванди кадом кишвар ҳастед? Ҳуқуқҳои шумо аз ин вобастаанд.
flow-cit-kg = 🇰🇬 Қирғизистон
flow-cit-uz = 🇺🇿 Ӯзбекистон
flow-cit-tj = 🇹🇯 Тоҷикистон
flow-cit-other = Кишвари дигар

flow-wages-ask = 💰 Бо музди меҳнататон чӣ шуд?
flow-wages-opt-unpaid = Тамоман намедиҳанд
flow-wages-opt-late = Бо таъхир медиҳанд
flow-wages-opt-less = Аз ваъдашуда кам медиҳанд
flow-wages-opt-deductions = Ҷарима ва тарҳ аз музд
flow-wages-opt-final = Ҳангоми аз кор рафтан ҳисоб накарданд
flow-wages-opt-extra = Кори изофа, шабона, идҳо
flow-wages-opt-offbooks = Музд «дар конверт»
flow-wages-ask-still = Ҳоло ҳам дар он ҷо кор мекунед?
flow-wages-opt-still-working = Ҳа, кор мекунам
flow-wages-opt-left = Не, аз он ҷо рафтам
flow-wages-ask-less = Аз чӣ кам?
flow-wages-opt-less-contract = Аз шартнома кам
flow-wages-opt-less-minimum = Аз ҳадди ақали музд кам
flow-wages-opt-less-payslip = Варақаи ҳисобро намефаҳмам
flow-wages-opt-less-oral = Шифоҳӣ розӣ шуда будем
flow-wages-less-contract-extra = ℹ️ Агар аз маблағи шартнома кам диҳанд, фарқаш қарзи музд аст. Қоидаҳо ҳамонанд, ки ҳангоми тамоман надодани музд.
flow-wages-ask-deductions = Аз муздатон барои чӣ пул мегиранд?
flow-wages-opt-fine = Ҷарима ё тарҳ аз музд
flow-wages-opt-debt = Мегӯянд, ки ман қарздорам
flow-wages-ask-extra = Барои чӣ пурра намедиҳанд?
flow-wages-opt-overtime = Кори изофавақтӣ
flow-wages-opt-night = Шабона, рӯзи истироҳат ё ид
flow-wages-see-late = ⏰ Ҷуброн барои таъхир
flow-wages-see-frequency = 📅 Муздро ҳар чанд вақт бояд диҳанд
flow-wages-see-taxes = 🧾 Андозҳо

flow-contracts-ask = 📄 Шуморо чӣ ташвиш медиҳад?
flow-contracts-opt-none = Шартномаи хаттӣ нест
flow-contracts-opt-signing = Ба зудӣ шартнома имзо мекунам
flow-contracts-opt-probation = Мӯҳлати санҷишӣ
flow-contracts-opt-dismissed = Маро аз кор озод мекунанд
flow-contracts-opt-quit = Мехоҳам аз кор равам
flow-contracts-opt-civil = Ба ҷои шартномаи меҳнатӣ шартномаи ГПХ доданд
flow-contracts-opt-hours = Вақти корӣ ва рухсатӣ
flow-contracts-opt-passport = Корфармо шиносномаамро гирифт
flow-contracts-ask-signing = Чиро донистан мехоҳед?
flow-contracts-opt-check = Дар шартнома чиро санҷидан лозим
flow-contracts-opt-language = Шартнома бо забони нофаҳмо
flow-contracts-ask-pregnant = Ҳоло ҳомиладор ҳастед?
flow-contracts-ask-quit = Чӣ кардан мехоҳед?
flow-contracts-opt-resign = Аз кор рафтан
flow-contracts-opt-change = Ба корфармои дигар гузаштан
flow-contracts-change-eaeu-extra = ℹ️ Шумо шаҳрванди кишвари ЕАЭС ҳастед: иҷозати кор лозим нест.
flow-contracts-change-patent-extra = ℹ️ Агар патент дошта бошед: он танҳо дар минтақае эътибор дорад, ки дода шудааст. Пули патентро сари вақт супоред.
flow-contracts-ask-hours = Кадом масъала?
flow-contracts-opt-hours-time = Соатҳои корӣ ва рӯзҳои истироҳат
flow-contracts-opt-vacation = Рухсатӣ
flow-contracts-opt-sick = Варақаи беморӣ
flow-contracts-opt-injury = Дар кор осеб дидам
flow-contracts-see-final = 💰 Ҳисоб ҳангоми аз кор рафтан

flow-maternity-ask = 🤰 Кадомаш ба шумо мувофиқ аст?
flow-maternity-opt-pregnant = Ман ҳомиладорам
flow-maternity-opt-born = Чанде пеш таваллуд кардам
flow-maternity-opt-refused = Ба кор нагирифтанд ё аз кор озод мекунанд
flow-maternity-opt-unpaid = Кӯмакпулӣ намедиҳанд / ширкат баста шуд
flow-maternity-opt-childcare = Рухсатӣ ва кӯмакпулии нигоҳубини кӯдак
flow-maternity-opt-parents = Ҳуқуқҳои падару модарони кӯдакони хурд
flow-maternity-ask-pregnant = Чиро донистан мехоҳед?
flow-maternity-opt-leave = Декрет чанд рӯз аст
flow-maternity-opt-money = Чӣ қадар пул медиҳанд
flow-maternity-opt-conditions = Шароити кор ҳангоми ҳомиладорӣ
flow-maternity-opt-fixed = Шартномаи мӯҳлатнок тамом мешавад
flow-maternity-ask-born = Чиро донистан мехоҳед?
flow-maternity-opt-lump = Кӯмакпулӣ барои таваллуди кӯдак
flow-maternity-opt-documents = Ҳуҷҷатҳои кӯдак
flow-maternity-opt-care = Таваллуд ва ёрии духтурон
flow-maternity-opt-breastfeeding = Танаффус барои шир додан
flow-maternity-ask-refused = Чӣ шуд?
flow-maternity-opt-not-hired = Ба кор нагирифтанд
flow-maternity-opt-fired = Аз кор озод мекунанд
flow-maternity-ask-childcare = Чиро донистан мехоҳед?
flow-maternity-opt-childcare-leave = Рухсатӣ барои нигоҳубини кӯдак
flow-maternity-opt-allowance = Кӯмакпулии нигоҳубин
flow-maternity-see-eligibility = 🌍 Кӯмакпулиҳо барои муҳоҷирон
flow-maternity-see-benefit = 💵 Пули декрет чӣ тавр ҳисоб мешавад

flow-pre-ask = ✈️ Пеш аз сафар чиро донистан мехоҳед?
flow-pre-opt-checklist = Рӯйхати ҳуҷҷатҳои ман
flow-pre-opt-offer = Санҷидани кор ё миёнарав
flow-pre-opt-danger = Нишонаҳои фиреб ва савдои одамон
flow-pre-opt-contacts = Дар хориҷа ба куҷо муроҷиат кардан
flow-pre-opt-ban = Манъи вуруд
flow-pre-checklist-ru-eaeu =
    <b>Рӯйхати шумо: Русия, шаҳрванди Қирғизистон</b>
    ☐ шиноснома, корти муҳоҷиратӣ бо мақсади «кор»
    ☐ шартномаи меҳнатӣ (патент лозим нест)
    ☐ регистрация: бе он 30 рӯз аз рӯзи вуруд мумкин аст
    ☐ дар давоми 30 рӯз муоинаи тиббӣ ва дактилоскопия
flow-pre-checklist-ru-patent =
    <b>Рӯйхати шумо: Русия, патент</b>
    ☐ шиноснома, корти муҳоҷиратӣ бо мақсади «кор»
    ☐ регистрация дар ҷои зист
    ☐ полиси ДМС ва сертификати донистани забони русӣ
    ☐ дар давоми 30 рӯз муоинаи тиббӣ ва дактилоскопия
    ☐ ариза барои патент дар давоми 30 рӯз аз рӯзи вуруд
    ☐ ҳар моҳ пули патентро бе таъхир супоридан
flow-pre-checklist-kz-eaeu =
    <b>Рӯйхати шумо: Қазоқистон, шаҳрванди Қирғизистон</b>
    ☐ шиноснома ва шартномаи меҳнатӣ (иҷозат лозим нест)
    ☐ регистрация дар ҷои зист
    ☐ барои кор аз мӯҳлати иҷозатшуда зиёдтар — иҷозати истиқомати муваққатӣ
flow-pre-checklist-kz-other =
    <b>Рӯйхати шумо: Қазоқистон</b>
    ☐ шиноснома
    ☐ иҷозати кор: кадомаш — аз корфармо вобаста аст
    ☐ регистрация дар ҷои зист
    ☐ суғуртаи тиббӣ
flow-pre-see-registration = 🏠 Регистрация
flow-pre-see-insurance = 🏥 Суғуртаи тиббӣ
flow-pre-see-language = 📝 Имтиҳони забони русӣ
flow-pre-see-contacts = ☎️ Ба куҷо муроҷиат кардан

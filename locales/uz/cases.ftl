# The lawyers' hand-off queue: cases (user side), lawyer and admin commands, reminders, deadlines.
# Telegram HTML: <b>, <i> only. Uzbek in Latin script.

## Consent before a case is sent
case-consent-intro = <b>Yuristga savol</b>
    Savolingizni bot emas, haqiqiy yurist o‘qiydi. Savol bilan birga yuristga quyidagilarni yuboramiz:
case-consent-lang = • til: { $language }
case-consent-country = • davlat: { $country }
case-consent-citizenship = • fuqarolik: { $citizenship }
case-consent-topic = • mavzu: { $topic }
case-consent-flow = • botning savollariga bergan javoblaringiz
case-consent-question = • savolingiz: «{ $question }»
case-consent-never = Ismingiz va Telegramdagi nikingizni yurist ko‘rmaydi.
case-consent-ask = Buni yuristga yuborishga rozimisiz?
case-consent-yes = ✅ Ha, yuborish
case-consent-no = ❌ Yo‘q

case-country-ru = Rossiya
case-country-kz = Qozog‘iston
case-country-home = hali ketmagan
case-country-none = ko‘rsatilmagan

case-topic-wages = ish haqi
case-topic-contracts = shartnoma va ish
case-topic-maternity = homiladorlik va bolalar
case-topic-predeparture = ketishdan oldin
case-topic-general = boshqa

case-ask-description =
    Nima bo‘lganini o‘z so‘zlaringiz bilan qisqacha yozing: qayerda ishlaysiz, nima muammo, qachondan beri.
    Hujjat va pasport raqamlarini yozmang.
case-desc-too-short = Biroz batafsilroq yozing, kamida bitta gap.
case-declined = Mayli, hech narsa yubormaymiz. Fikringiz o‘zgarsa, menyuda «Yuristga yozish»ni bosing.

## The case is received
case-eta-today = bugun taxminan soat { $time }gacha
case-eta-tomorrow = ertaga taxminan soat { $time }gacha
case-eta-date = { $date } taxminan soat { $time }gacha
case-received =
    ✅ №{ $case } murojaatingiz qabul qilindi.
    Uni yurist o‘qiydi — bot emas, haqiqiy odam. Odatda yurist { $when } javob beradi.
    Navbatda sizdan oldin: { $waiting }.
    Yurist murojaatingizni olganda, darhol yozaman. Holati: /mycase
case-add-button = ✍️ Qo‘shimcha yozish
case-new-button = 👩‍⚖️ Yuristga yozish
case-cancel-button = ✖️ Murojaatni bekor qilish
case-lawyer-default-name = Yurist

## Status
case-none = Sizda yuristga ochiq murojaat yo‘q.
case-status-open =
    №{ $case } murojaat yuristni kutmoqda ({ $hours } soat).
    Yurist uni hali olgani yo‘q. Olishi bilan yozaman.
case-status-claimed =
    №{ $case } murojaat bilan yurist shug‘ullanmoqda: { $name }.
    Javob shu yerga, shu chatga keladi.
case-status-closed = №{ $case } murojaat yopildi. Natija: { $outcome }.
case-outcome-advice = yurist maslahat berdi
case-outcome-referred = sizni boshqa tashkilotga yo‘naltirishdi
case-outcome-won = masala sizning foydangizga hal bo‘ldi
case-outcome-no_response = javob bo‘lmadi
case-outcome-none = ko‘rsatilmagan

case-ask-more = №{ $case } murojaatga nimani qo‘shmoqchisiz? Yozing.
case-message-added = №{ $case } murojaatga qo‘shildi. Yurist ko‘radi.
case-cancel-confirm = №{ $case } murojaatni bekor qilasizmi? Yurist endi u bilan shug‘ullanmaydi.
case-cancel-yes = Ha, bekor qilish
case-cancel-no = Yo‘q, qoldirish
case-cancelled = №{ $case } murojaat bekor qilindi. Kerak bo‘lsa, yuristga qayta yozing.

## News from the lawyer's side
case-taken = 👩‍⚖️ Yurist ({ $name }) №{ $case } murojaatingizni oldi. Javob shu yerga keladi.
case-lawyer-reply =
    <b>{ $name }, yurist</b> (№{ $case } murojaat):
    { $text }

    <i>Javob yozish uchun shu xabarda «Javob berish»ni bosing yoki /mycase ni oching.</i>
case-closed = Yurist №{ $case } murojaatni yopdi. Savol qolgan bo‘lsa, menyu orqali qayta yozing.
case-released = №{ $case } murojaat yana navbatda: uni boshqa yurist oladi. Hech narsa qilish shart emas.

## A week after closing
case-follow-up = Bir hafta oldin yurist №{ $case } murojaatni yopdi. Masalangiz hal bo‘ldimi?
case-follow-up-wages = Bir hafta oldin yurist №{ $case } murojaatni yopdi. Sizga pul to‘lashdimi?
case-follow-solved = ✅ Ha, hal bo‘ldi
case-follow-not_solved = ❌ Yo‘q
case-follow-paid = ✅ Ha, to‘lashdi
case-follow-not_paid = ❌ Yo‘q, to‘lashmadi
case-follow-thanks = Javobingiz uchun rahmat! Bu boshqalarga yordam berishimizga yordam beradi.

## Deadlines the user asked to be reminded of
deadline-menu = <b>Mening eslatmalarim</b>
deadline-none = Hozircha eslatma yo‘q.
deadline-item-patent = • patent to‘lovi: { $date }
deadline-item-registration = • registratsiya tugashi: { $date }
deadline-what-patent = patent
deadline-what-registration = registratsiya
deadline-cancel-button = ✖️ O‘chirish: { $what }, { $date }
deadline-add-patent = 💳 Patent to‘lovini eslatib turish
deadline-add-registration = 📅 Registratsiya tugashini eslatish
deadline-list-button = 🔔 Mening eslatmalarim
deadline-ask-patent = Patent uchun har oyning nechanchi kunida to‘laysiz? Sonni yozing, masalan: 15
deadline-ask-registration = Registratsiyangiz qachon tugaydi? Sanani yozing, masalan: 25.12.2026
deadline-bad-day = 1 dan 31 gacha bitta son yozing, masalan: 15
deadline-bad-date = Sanani shunday yozing: 25.12.2026 (o‘tgan sana bo‘lmasin).
deadline-set-patent = Tayyor. Patent to‘lovini { $date }dan 3 kun oldin, keyin har oy eslataman. Birinchi eslatma: { $remind }.
deadline-set-registration = Tayyor. Registratsiya tugashidan ({ $date }) 3 kun oldin eslataman: { $remind }.
deadline-too-many = Sizda allaqachon 5 ta eslatma bor. Yangisini qo‘shish uchun keraksizini o‘chiring.
deadline-cancelled = Eslatma o‘chirildi
deadline-due-patent = 🔔 Eslatma: { $date } — patent to‘lash kuni.
deadline-due-registration = 🔔 Eslatma: { $date } registratsiyangiz tugaydi.

## For lawyers: news and reminders
case-new = 🆕 Yangi murojaat №{ $case }: { $language }, { $country }, { $topic }. Ochish: /case { $case }
case-back-in-queue = ↩️ №{ $case } murojaat yana navbatda: { $language }, { $country }, { $topic }. /case { $case }
case-remind-unclaimed = ⏰ №{ $case } murojaat { $hours } soat kutmoqda, uni hech kim olmadi: { $language }, { $country }, { $topic }. /case { $case }
case-remind-admins = ⚠️ №{ $case } murojaat { $hours } soatdan beri yuristsiz: { $language }, { $country }, { $topic }. /case { $case }
case-remind-waiting = ⏰ №{ $case } murojaatda odam { $hours } soat javob kutmoqda. /case { $case }
case-remind-self = 🔔 Eslatishni so‘ragan edingiz: №{ $case } murojaat ({ $topic }). /case { $case }
law-user-wrote =
    ✉️ №{ $case } murojaat ({ $language }, { $topic }), odam yozdi:
    { $text }
law-user-cancelled = ✖️ Odam №{ $case } murojaatni bekor qildi ({ $topic }).

## For lawyers: commands
law-bad-number = Murojaat raqami kerak, masalan: /case 12
law-no-case = №{ $case } murojaat yo‘q.
law-not-allowed = №{ $case } murojaat bilan bunday qilib bo‘lmaydi: u { $status }.
law-status-open = yuristni kutmoqda
law-status-claimed = ishda
law-status-closed = yopilgan
law-status-cancelled = bekor qilingan
law-need-lawyer = Bu yuristlar uchun buyruq. O‘zingizni qo‘shing: /lawyer_add sizning_id
law-case-head =
    <b>№{ $case } murojaat</b> — { $status }
    Til: { $language }. Davlat: { $country }. Fuqarolik: { $citizenship }. Mavzu: { $topic }.
    Kutmoqda: { $hours } soat. Yurist: { $holder }.
law-case-path = Bot savollari bo‘yicha yo‘l ({ $flow }): { $path }
law-case-answers = Javoblar: { $answers }
law-case-question = Botga savol: «{ $question }»
law-case-faq = Bot ko‘rsatgan javob: { $faq }
law-case-outcome = Natija: { $outcome }. Summa: { $amount }. Bir haftadan keyin odamning javobi: { $answer }.
law-user-outcome-solved = hal bo‘ldi
law-user-outcome-not_solved = hal bo‘lmadi
law-user-outcome-paid = to‘lashdi
law-user-outcome-not_paid = to‘lashmadi
law-user-outcome-none = yo‘q
law-case-blocked = ⚠️ Odam botni bloklagan: javoblar unga yetib bormaydi.
law-case-msg-user = 👤 { $when }: { $text }
law-case-msg-lawyer = 👩‍⚖️ { $name }, { $when }: { $text }
law-case-note = 📝 qayd, { $when }: { $text }
law-case-cut = (birinchi xabarlar sig‘madi)
law-too-many = Sizda ishda { $max } ta murojaat bor — bu sizning chegarangiz. Bittasini yoping yoki qaytaring.
law-already-taken = №{ $case } murojaatni boshqa yurist allaqachon olgan.
law-taken = №{ $case } murojaat sizda. Javob: /reply { $case } matn — yoki shu xabarga javob bering.
law-reply-usage = Shunday yozing: /reply 12 javob matni
law-take-first = Avval murojaatni oling: /take { $case }
law-not-yours = №{ $case } murojaatni boshqa yurist olib boryapti.
law-user-blocked = Javob saqlandi, lekin odam botni bloklagan va uni olmaydi (№{ $case }).
law-reply-sent = №{ $case } bo‘yicha javob yuborildi.
law-closed = №{ $case } murojaat yopildi: { $outcome }. Bir haftadan keyin bot odamdan masala hal bo‘ldimi, deb so‘raydi.
law-queue-usage = Shunday yozing: /queue, /queue ky yoki /queue wages
law-queue-empty = Navbat bo‘sh.
law-queue-title = <b>Navbat: { $count }</b> (avval eng eskilari)
law-queue-line = №{ $case } · { $language } · { $country } · { $topic } · { $hours } soat — /case { $case }
law-released = №{ $case } murojaat navbatga qaytdi.
law-note-usage = Shunday yozing: /note 12 qayd matni (odam uni ko‘rmaydi)
law-note-saved = №{ $case } bo‘yicha qayd saqlandi. Odam uni ko‘rmaydi.
law-close-usage = Shunday yozing: /close 12 advice | referred | won [summa] | no_response
law-close-pick = №{ $case } murojaat qanday tugadi?
law-mycases-empty = Sizda ishda murojaat yo‘q. Navbat: /queue
law-mycases-title = <b>Mening murojaatlarim: { $count }/{ $max }</b>
law-remind-usage = Shunday yozing: /remind 12 3d (m — daqiqa, h — soat, d — kun, w — hafta)
law-remind-set = №{ $case } murojaat haqida eslataman: { $when }.
law-name-usage = Shunday yozing: /myname Ism ({ $max } belgigacha). Bu ismni odamlar ko‘radi.
law-name-set = Odamlar javoblaringizni shu nom bilan ko‘radi: { $name }

## For admins
law-add-usage = Shunday yozing: /lawyer_add 123456789 ru,ky Ism
law-added = { $id } yurist qo‘shildi. Tillar: { $langs }.
law-remove-usage = Shunday yozing: /lawyer_remove 123456789 (yurist ro‘yxatda bo‘lishi kerak: /lawyers)
law-removed = { $id } yurist o‘chirildi. Navbatga qaytgan murojaatlar: { $count }.
law-langs-usage = Shunday yozing: /lawyer_langs 123456789 ru,uz
law-langs-set = { $id } yurist o‘qiydi: { $langs }.
law-max-usage = Shunday yozing: /lawyer_max 123456789 5 (1 dan 100 gacha)
law-max-set = { $id } yurist bir vaqtda ko‘pi bilan { $max } ta murojaat olib borishi mumkin.
law-list-title = <b>Yuristlar: { $count }</b>
law-list-line = { $id } · { $name } · { $langs } · ishda { $held }/{ $max }
law-invite-usage = Shunday yozing: /invite ru,ky
law-invite-made = Yurist uchun bir martalik kod ({ $langs }). Botga yuborsin: /join { $code }
law-joined = Siz yurist sifatida qo‘shildingiz. Tillar: { $langs }. Navbat: /queue. Odamlar uchun ismingiz: /myname
# Topic of a case whose author wrote about urgent danger (violence, threats, locked in).
case-topic-urgent = 🚨 SHOSHILINCH · { $topic }
# A one-time invite as a t.me deep link (shown when the bot's username is known).
law-invite-link = Yoki yuristga havolani yuboring — u bir marta ishlaydi: { $link }

# Reports for coordinators: /stats, /export, /classify, the weekly digest, the gender question.
# Lawyers and admins read most of these; the gender question is for the person who opened a case.

report-unclassified = не классифицировано
report-more = ещё { $count }
report-none = нет
report-period-bad =
    Не понял период. Примеры:
    /stats 7d — последние 7 дней
    /stats 30d — последние 30 дней
    /stats 2026-11 — ноябрь 2026
    /stats 2026-01-01..2026-03-31 — с 1 января по 31 марта
    Без периода — последние 30 дней.

report-stats-title = <b>Статистика: { $period }</b>
report-stats-consultations = Консультации: разделов пройдено { $flows }, ответов на вопросы { $faq }, обращений к юристу { $cases }
report-stats-by-topic = По темам (разделы · вопросы · дела):
report-stats-topic-line = • { $topic }: { $flows } · { $faq } · { $cases }
report-stats-by-lang = По языкам: { $list }
report-stats-by-country = По странам: { $list }
report-stats-cases = Дела: открыто { $opened }, закрыто { $closed }, отменено { $cancelled }
report-stats-first-reply = Первый ответ юриста: медиана { $hours } ч (дел с ответом: { $count })
report-stats-first-reply-none = Первый ответ юриста: пока нет данных
report-stats-backlog = Ждут сейчас: { $total } (до суток { $d1 }, 1–3 дня { $d3 }, 3–7 дней { $d7 }, больше недели { $older })
report-stats-outcomes = Итоги закрытых дел: { $list }
report-stats-violations = Нарушения: { $list }
report-stats-ilo = Конвенции МОТ в делах: { $list }; в ответах: { $answers }
report-stats-amounts = Возвращено: { $list }
report-stats-amounts-none = Возвращено: суммы не записаны
report-stats-gender = Дела от женщин / мужчин / не указано: { $f } / { $m } / { $unknown }
report-stats-feedback = Ответы на вопросы: помогло { $yes }, не помогло { $no }
report-currency-unknown = (валюта не указана)

report-topic-wages = Зарплата
report-topic-contracts = Договор и работа
report-topic-maternity = Беременность и дети
report-topic-predeparture = Перед отъездом
report-topic-general = Другое
report-topic-none = Другое
report-lang-ru = русский
report-lang-ky = кыргызский
report-lang-uz = узбекский
report-lang-tg = таджикский
report-lang-none = не указан
report-country-ru = Россия
report-country-kz = Казахстан
report-country-home = ещё дома
report-country-none = не указана
report-outcome-advice = консультация
report-outcome-referred = направлен(а) дальше
report-outcome-won = в пользу работника
report-outcome-no_response = нет ответа
report-outcome-none = не указан
report-measure-flows = Разделы
report-measure-faq = Вопросы
report-measure-cases = Дела
report-backlog-d1 = до суток
report-backlog-d3 = 1–3 дня
report-backlog-d7 = 3–7 дней
report-backlog-older = больше недели
report-helpful = Помогло
report-not-helpful = Не помогло

report-chart-title = Горячая линия: { $period }
report-chart-consultations = Консультации по темам
report-chart-backlog = Дела ждут ответа (сейчас)
report-chart-outcomes = Итоги закрытых дел
report-chart-feedback = Оценки ответов
report-chart-caption = График за { $period }

report-export-records = Анонимные записи дел за { $period }: без имён, без Telegram id, без текстов, даты — неделями.
report-export-summary = Сводка за { $period }: числа меньше 5 скрыты как «&lt;5».

report-classify-usage =
    Как записать итог дела для отчётов:
    /classify 12 wage.unpaid — тип нарушения (номер вопроса из базы), конвенции МОТ подставятся сами
    /classify 12 wage.unpaid C095 C081 — свои конвенции МОТ
    /classify 12 45000 RUB — возвращённая сумма и валюта (RUB, KZT, KGS, UZS, TJS, USD, EUR)
    /classify 12 — показать, что записано
report-classify-no-case = Дела №{ $case } нет.
report-classify-saved = Дело №{ $case } записано: нарушение { $violation }, МОТ { $ilo }, сумма { $amount }.
report-classify-current = Дело №{ $case }: нарушение { $violation }, МОТ { $ilo }, сумма { $amount }.

report-digest-title = <b>Итоги недели { $week }</b> ({ $period })
report-digest-oldest = Дольше всех ждут:
report-digest-oldest-line = • /case { $case } — { $hours } ч, { $topic }, { $language }
report-digest-none-waiting = Никто не ждёт ответа.

report-gender-ask =
    Ещё один вопрос, можно пропустить. Вы женщина или мужчина?
    Это нужно только для общих отчётов, юрист ответит в любом случае.
report-gender-f = Женщина
report-gender-m = Мужчина
report-gender-skip = Пропустить
report-gender-thanks = Спасибо! Юрист скоро ответит.

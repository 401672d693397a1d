# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Что говорит закон</b>
    { $text }
answer-steps = <b>✅ Что делать</b>
    { $text }
answer-keep = <b>📁 Сохраните как доказательства</b>
    { $text }
answer-basis = <i>Основание: { $text }</i>
answer-as-of = <i>Суммы и ставки указаны на { $date }.</i>
answer-confirm = ⚠️ <i>Ещё проверяется юристом: { $text }</i>
answer-other-country = ℹ️ Для вашей страны ответа нет, вот ответ для: { $country }.
answer-missing = Ответ на этот вопрос ещё пишется. Юрист может ответить лично.
country-name-ru = Россия
country-name-kz = Казахстан

# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Мыйзам эмне дейт</b>
    { $text }
answer-steps = <b>✅ Эмне кылуу керек</b>
    { $text }
answer-keep = <b>📁 Далил катары сактаңыз</b>
    { $text }
answer-basis = <i>Мыйзамдык негиз: { $text }</i>
answer-as-of = <i>Суммалар жана ставкалар { $date } абалы боюнча.</i>
answer-confirm = ⚠️ <i>Муну юрист али текшерип жатат: { $text }</i>
answer-other-country = ℹ️ Сиздин өлкө боюнча жооп жок. Мына, { $country } боюнча жооп.
answer-missing = Бул суроонун жообу азыр даярдалып жатат. Юрист сизге өзү жооп бере алат.
country-name-ru = Россия
country-name-kz = Казакстан

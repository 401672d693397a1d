# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Мыйзам эмне дейт</b>
    { $text }
answer-steps = <b>✅ Эмне кылуу керек</b>
    { $text }
answer-keep = <b>📁 Далил катары сактаңыз</b>
    { $text }
answer-basis = <i>Негизи: { $text }</i>
answer-as-of = <i>Суммалар жана ченемдер { $date } абалы боюнча.</i>
answer-confirm = ⚠️ <i>Юрист дагы текшерип жатат: { $text }</i>
answer-other-country = ℹ️ Сиздин өлкө үчүн жооп жок, мына { $country } үчүн жооп.
answer-missing = Бул суроонун жообу азырынча жазылып жатат. Юрист өзү жооп бере алат.
country-name-ru = Орусия
country-name-kz = Казакстан

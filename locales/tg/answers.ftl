# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Қонун чӣ мегӯяд</b>
    { $text }
answer-steps = <b>✅ Чӣ бояд кард</b>
    { $text }
answer-keep = <b>📁 Ҳамчун далел нигоҳ доред</b>
    { $text }
answer-basis = <i>Асос: { $text }</i>
answer-as-of = <i>Маблағҳо ва меъёрҳо ба ҳолати { $date } нишон дода шудаанд.</i>
answer-confirm = ⚠️ <i>Ҳуқуқшинос ҳоло инро месанҷад: { $text }</i>
answer-other-country = ℹ️ Барои кишвари шумо ҷавоб нест, ана ҷавоб барои { $country }.
answer-missing = Ҷавоби ин саволро ҳоло менависем. Ҳуқуқшинос метавонад ба шумо шахсан ҷавоб диҳад.
country-name-ru = Русия
country-name-kz = Қазоқистон

# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Қонун чӣ мегӯяд</b>
    { $text }
answer-steps = <b>✅ Чӣ бояд кард</b>
    { $text }
answer-keep = <b>📁 Ҳамчун далел нигоҳ доред</b>
    { $text }
answer-basis = <i>Асос: { $text }</i>
answer-as-of = <i>Маблағҳо ва меъёрҳо ба ҳолати { $date }.</i>
answer-confirm = ⚠️ <i>Ҳуқуқшинос ҳанӯз тафтиш мекунад: { $text }</i>
answer-other-country = ℹ️ Барои кишвари шумо ҷавоб нест, ин ҷавоб барои { $country }.
answer-missing = Ҷавоби ин савол ҳанӯз навишта мешавад. Ҳуқуқшинос худаш ҷавоб дода метавонад.
country-name-ru = Русия
country-name-kz = Қазоқистон

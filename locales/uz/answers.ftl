# Parts of every answer screen (FAQ and flows). Telegram HTML: <b>, <i> only.
answer-law = <b>⚖️ Qonun nima deydi</b>
    { $text }
answer-steps = <b>✅ Nima qilish kerak</b>
    { $text }
answer-keep = <b>📁 Dalil sifatida saqlang</b>
    { $text }
answer-basis = <i>Asos: { $text }</i>
answer-as-of = <i>Summalar va stavkalar { $date } holatiga ko‘ra berilgan.</i>
answer-confirm = ⚠️ <i>Yurist hali tekshirmoqda: { $text }</i>
answer-other-country = ℹ️ Sizning davlatingiz uchun javob yo‘q. Mana { $country } uchun javob:
answer-missing = Bu savolning javobi hali yozilmoqda. Yurist sizga shaxsan javob berishi mumkin.
country-name-ru = Rossiya
country-name-kz = Qozog‘iston

# Urgent danger. Numbers only from the FAQ catalogue: 112, police 102, ambulance 103.
safety-urgent =
    ⚠️ <b>Hozir xavf ostida bo‘lsangiz — 112 ga qo‘ng‘iroq qiling.</b>
    Bu bepul, istalgan telefondan, Rossiyada ham, Qozog‘istonda ham. Politsiya — 102, tez yordam — 103.
    • Iloji bo‘lsa, ishongan odamingizga qayerdaligingizni ayting.
    • Pasportingizni olib qo‘yishgan bo‘lsa, elchixona yoki konsullik uyga qaytish uchun hujjat berishi mumkin.
    Ish beruvchingiz hech narsani bilmaydi. Yuristga yozish uchun pastdagi tugmani bosing.
safety-urgent-self =
    💛 <b>Siz yolg‘iz emassiz.</b> Ahvolingiz juda og‘ir bo‘lsa yoki o‘zingizga zarar yetkazishingiz mumkin bo‘lsa — hoziroq 112 ga yoki tez yordamga 103 ga qo‘ng‘iroq qiling. Bu bepul, istalgan telefondan, Rossiyada ham, Qozog‘istonda ham.
    Yaqin odamingizga o‘zingizni qanday his qilayotganingizni ayting. Xohlasangiz, yuristga yozing — tugma pastda.
safety-lawyer-button = 👩‍⚖️ Yuristga yozish

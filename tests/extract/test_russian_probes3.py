"""Russian news-style probes (issue 12, round 3), written for these tests in the manner of
agency and newspaper copy (ТАСС, РИА Новости, Интерфакс, «Коммерсантъ», «Известия», ВПК,
«Военное обозрение»): every stage in many verbs, nouns, aspects and tenses; denial, plans and
hedges; who supplies and who receives; and the chains by which a claim reaches the page.
None comes from ../shared/eval. Each case is (sentence, expected claim keys).
"""

from __future__ import annotations

from functools import partial

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.conftest import claim_keys

keys = partial(claim_keys, published="2025-06-01")

NEGOTIATION: list[tuple[str, set[str]]] = [
    (
        "Индия ведет переговоры с Россией о закупке дополнительных истребителей Су-30МКИ.",
        {"Su-30|RUS|IND|negotiation|asserted"},
    ),
    (
        "Россия и Египет обсуждают поставку истребителей Су-35, сообщил источник.",
        {"Su-35|RUS|EGY|negotiation|asserted"},
    ),
    (
        "Турция заинтересована в приобретении второй партии С-400.",
        {"S-400|RUS|TUR|negotiation|asserted"},
    ),
    (
        "Саудовская Аравия рассматривает покупку российских комплексов С-400.",
        {"S-400|RUS|SAU|negotiation|asserted"},
    ),
    (
        "Алжир запросил у России партию ударных вертолетов Ка-52.",
        {"Ka-52|RUS|DZA|negotiation|asserted"},
    ),
    (
        "Россия предложила Индонезии истребители Су-35 в обмен на пальмовое масло.",
        {"Su-35|RUS|IDN|negotiation|asserted"},
    ),
    (
        "Малайзия подала заявку на приобретение учебно-боевых самолетов Як-130.",
        {"Yak-130|RUS|MYS|negotiation|asserted"},
    ),
    (
        "Вьетнам проявил интерес к российским зенитным комплексам «Панцирь-С1».",
        {"Pantsir|RUS|VNM|negotiation|asserted"},
    ),
    (
        "Ирак ведёт переговоры с Южной Кореей о покупке легких истребителей FA-50.",
        {"FA-50|KOR|IRQ|negotiation|asserted"},
    ),
    (
        "Москва и Нью-Дели провели консультации о поставках фрегатов проекта 11356.",
        {"Talwar|RUS|IND|negotiation|asserted"},
    ),
    (
        "Египет направил России запрос на поставку истребителей Су-35.",
        {"Su-35|RUS|EGY|negotiation|asserted"},
    ),
    (
        "Рособоронэкспорт предложил Таиланду бронетранспортеры БТР-80.",
        {"BTR-80|RUS|THA|negotiation|asserted"},
    ),
    (
        "Белград рассматривает возможность закупки китайских беспилотников Wing Loong.",
        {"Wing Loong|CHN|SRB|negotiation|asserted"},
    ),
    (
        "Иран и Россия ведут переговоры о поставке Су-35, заявил посол.",
        {"Su-35|RUS|IRN|negotiation|asserted"},
    ),
    (
        "Сербия обратилась к России с просьбой о поставке комплексов «Панцирь-С1».",
        {"Pantsir|RUS|SRB|negotiation|asserted"},
    ),
    (
        "Госдеп одобрил возможную продажу Польше танков Abrams.",
        {"Abrams|USA|POL|negotiation|asserted"},
    ),
    ("Китай предложил Пакистану истребители J-10C.", {"J-10|CHN|PAK|negotiation|asserted"}),
    (
        "Бангладеш изучает возможность покупки российских вертолетов Ми-17.",
        {"Mi-17|RUS|BGD|negotiation|asserted"},
    ),
    (
        "Переговоры о поставке С-400 в Турцию продолжаются.",
        {"S-400|RUS|TUR|negotiation|asserted"},
    ),
    (
        "Эр-Рияд и Москва обсуждали закупку комплексов С-400 еще в 2017 году.",
        {"S-400|RUS|SAU|negotiation|asserted"},
    ),
    ("Ирак хочет купить у России танки Т-90.", {"T-90|RUS|IRQ|negotiation|asserted"}),
    (
        "Египет и Франция ведут переговоры о покупке дополнительных Rafale.",
        {"Rafale|FRA|EGY|negotiation|asserted"},
    ),
    (
        "Предложение о поставке Су-57 в Алжир находится на рассмотрении.",
        {"Su-57|RUS|DZA|negotiation|asserted"},
    ),
    ("Индонезия выбрала французские истребители Rafale.", {"Rafale|FRA|IDN|negotiation|asserted"}),
    (
        "Филиппины выбрали южнокорейские FA-50 для своих ВВС.",
        {"FA-50|KOR|PHL|negotiation|asserted"},
    ),
    (
        "Индонезия намерена приобрести 11 истребителей Су-35.",
        {"Su-35|RUS|IDN|negotiation|asserted"},
    ),
    (
        "Аргентина ведет переговоры с Китаем о приобретении истребителей J-10.",
        {"J-10|CHN|ARG|negotiation|asserted"},
    ),
    (
        "Мьянма запросила коммерческое предложение на истребители Су-30СМЕ.",
        {"Su-30|RUS|MMR|negotiation|asserted"},
    ),
    (
        # A readiness to talk is an offer, asserted as English "ready to discuss" (round 61).
        "Москва готова обсудить с Анкарой поставку второго полка С-400.",
        {"S-400|RUS|TUR|negotiation|asserted"},
    ),
    (
        "Индия планирует закупить у России дополнительные полки С-400.",
        {"S-400|RUS|IND|negotiation|asserted"},
    ),
    (
        "Венесуэла ведет переговоры о приобретении партии Су-30МК2.",
        {"Su-30|RUS|VEN|negotiation|asserted"},
    ),
    (
        "Тендер на поставку 114 истребителей для ВВС Индии выиграть рассчитывают Rafale.",
        {"Rafale|FRA|IND|negotiation|asserted"},
    ),
]

AGREEMENT: list[tuple[str, set[str]]] = [
    (
        "Россия и Индия подписали контракт на поставку пяти полковых комплектов С-400.",
        {"S-400|RUS|IND|agreement|asserted"},
    ),
    (
        "Египет заключил с Россией соглашение о покупке истребителей Су-35.",
        {"Su-35|RUS|EGY|agreement|asserted"},
    ),
    (
        "Минобороны Сербии законтрактовало у России вертолеты Ми-35.",
        {"Mi-35|RUS|SRB|agreement|asserted"},
    ),
    (
        "Алжир заказал 14 истребителей Су-57, пишут «Известия».",
        {"Su-57|RUS|DZA|agreement|asserted"},
    ),
    (
        "Турция приобрела у России комплексы С-400 за 2,5 млрд долларов.",
        {"S-400|RUS|TUR|agreement|asserted"},
    ),
    (
        "Индия закупит у России еще 12 истребителей Су-30МКИ.",
        {"Su-30|RUS|IND|negotiation|asserted"},
    ),
    (
        "Вьетнам подписал контракт на поставку 64 танков Т-90С.",
        {"T-90|RUS|VNM|agreement|asserted"},
    ),
    (
        "Мьянма и Россия заключили контракт на шесть истребителей Су-30СМЕ.",
        {"Su-30|RUS|MMR|agreement|asserted"},
    ),
    (
        "Контракт на поставку Су-35 Египту был подписан в 2018 году.",
        {"Su-35|RUS|EGY|agreement|asserted"},
    ),
    ("Китай купил у России 24 истребителя Су-35.", {"Su-35|RUS|CHN|agreement|asserted"}),
    (
        "Белоруссия закупила у России четыре дивизиона «Тор-М2».",
        {"Tor|RUS|BLR|agreement|asserted"},
    ),
    ("Польша заказала у Южной Кореи 180 танков K2.", {"K2|KOR|POL|agreement|asserted"}),
    (
        "Сделка по продаже Су-35 Индонезии была заключена в 2018 году.",
        {"Su-35|RUS|IDN|agreement|asserted"},
    ),
    (
        "Рособоронэкспорт подписал с Индией контракт на фрегаты проекта 11356.",
        {"Talwar|RUS|IND|agreement|asserted"},
    ),
    (
        "Между Россией и Ираном заключено соглашение о поставке истребителей Су-35.",
        {"Su-35|RUS|IRN|agreement|asserted"},
    ),
    (
        "Сербия подписала контракт на покупку французских истребителей Rafale.",
        {"Rafale|FRA|SRB|agreement|asserted"},
    ),
    (
        "Индия заказала у Франции еще 26 истребителей Rafale.",
        {"Rafale|FRA|IND|agreement|asserted"},
    ),
    (
        "Контракт стоимостью $5,4 млрд на поставку С-400 Индии вступил в силу.",
        {"S-400|RUS|IND|agreement|asserted"},
    ),
    ("Египет разместил заказ на 46 вертолетов Ка-52.", {"Ka-52|RUS|EGY|agreement|asserted"}),
    (
        "Алжир подписал с Россией пакет контрактов, включающий бомбардировщики Су-34.",
        {"Su-34|RUS|DZA|agreement|asserted"},
    ),
    ("Ирак законтрактовал танки Т-90С в 2016 году.", {"T-90|RUS|IRQ|agreement|asserted"}),
    (
        "Россия и Турция подписали второй контракт по С-400.",
        {"S-400|RUS|TUR|agreement|asserted"},
    ),
    ("Иран купит у России истребители Су-35.", {"Su-35|RUS|IRN|negotiation|asserted"}),
    (
        "Казахстан и Россия подписали контракт на поставку Су-30СМ.",
        {"Su-30|RUS|KAZ|agreement|asserted"},
    ),
    (
        "Ранее Эр-Рияд заключил с Вашингтоном сделку на поставку THAAD.",
        {"THAAD|USA|SAU|agreement|asserted"},
    ),
    (
        "Белоруссия приобретет у России дополнительные Су-30СМ2.",
        {"Su-30|RUS|BLR|negotiation|asserted"},
    ),
    ("Заказ Египта на Су-35 составил 24 машины.", {"Su-35|RUS|EGY|agreement|asserted"}),
    (
        "Контракт Индии на С-400 оценивается в 5,4 млрд долларов.",
        {"S-400|RUS|IND|agreement|asserted"},
    ),
    (
        "Вьетнам стал покупателем учебно-боевых самолетов Як-130.",
        {"Yak-130|RUS|VNM|agreement|asserted"},
    ),
    (
        "Россия и Египет заключили сделку на поставку 24 истребителей Су-35.",
        {"Su-35|RUS|EGY|agreement|asserted"},
    ),
    (
        "Филиппины законтрактовали у Израиля зенитные комплексы SPYDER.",
        {"Spyder|ISR|PHL|agreement|asserted"},
    ),
    (
        "Госкорпорация подписала экспортный контракт с Мьянмой на поставку Як-130.",
        {"Yak-130|RUS|MMR|agreement|asserted"},
    ),
    (
        "Армения заключила с Россией контракт на поставку четырех Су-30СМ.",
        {"Su-30|RUS|ARM|agreement|asserted"},
    ),
    (
        "Индонезия подписала с Францией контракт на 42 истребителя Rafale.",
        {"Rafale|FRA|IDN|agreement|asserted"},
    ),
    (
        "Контракт на поставку Ми-171 Казахстану заключен в прошлом году.",
        {"Mi-171|RUS|KAZ|agreement|asserted"},
    ),
]

PRODUCTION: list[tuple[str, set[str]]] = [
    (
        "На заводе в Комсомольске-на-Амуре началось изготовление Су-35 для Алжира.",
        {"Su-35|RUS|DZA|production|asserted"},
    ),
    ("Россия приступила к производству С-400 для Индии.", {"S-400|RUS|IND|production|asserted"}),
    (
        "На заводе «Янтарь» продолжается строительство фрегатов проекта 11356 для ВМС Индии.",
        {"Talwar|RUS|IND|production|asserted"},
    ),
    ("Уралвагонзавод собирает танки Т-90С для Ирака.", {"T-90|RUS|IRQ|production|asserted"}),
    (
        "Комплексы С-400 для Турции уже производятся, заявил Чемезов.",
        {"S-400|RUS|TUR|production|asserted"},
    ),
    (
        "Вертолеты Ми-171 для Казахстана изготавливаются на Улан-Удэнском авиазаводе.",
        {"Mi-171|RUS|KAZ|production|asserted"},
    ),
    ("Для Египта строятся вертолеты Ка-52.", {"Ka-52|RUS|EGY|production|asserted"}),
    (
        "Изготовление С-400 для Китая будет завершено в следующем году.",
        {"S-400|RUS|CHN|production|expected"},
    ),
    (
        "Франция строит для Индии подводные лодки Scorpene.",
        {"Scorpene|FRA|IND|production|asserted"},
    ),
    (
        "Первый Су-57 для Алжира находится на этапе производства.",
        {"Su-57|RUS|DZA|production|asserted"},
    ),
    (
        "Иркутский авиазавод выпустил первые Су-30СМ2 для Белоруссии.",
        {"Su-30|RUS|BLR|production|asserted"},
    ),
    (
        "Корпорация Hanwha начала выпуск гаубиц K9 для Польши.",
        {"K9|KOR|POL|production|asserted"},
    ),
    (
        "Производство истребителей Су-35 для Ирана еще не началось.",
        {"Su-35|RUS|IRN|production|denied"},
    ),
    (
        "Первые танки Т-90С для Вьетнама сошли с конвейера.",
        {"T-90|RUS|VNM|production|asserted"},
    ),
]

DELIVERY: list[tuple[str, set[str]]] = [
    (
        "Россия поставила Индии первый полковой комплект С-400.",
        {"S-400|RUS|IND|delivery|asserted"},
    ),
    (
        "Россия передала Сербии шесть истребителей МиГ-29.",
        {"MiG-29|RUS|SRB|delivery|asserted"},
    ),
    ("В Турцию отгружены первые элементы комплекса С-400.", {"S-400|RUS|TUR|delivery|asserted"}),
    ("Китай получил вторую партию истребителей Су-35.", {"Su-35|RUS|CHN|delivery|asserted"}),
    (
        "Белоруссия приняла на вооружение зенитные комплексы «Тор-М2».",
        {"Tor|RUS|BLR|delivery|asserted"},
    ),
    (
        "В Сербию прибыла партия российских бронемашин БТР-80.",
        {"BTR-80|RUS|SRB|delivery|asserted"},
    ),
    ("Истребители Су-30СМ доставлены в Казахстан.", {"Su-30|RUS|KAZ|delivery|asserted"}),
    ("Россия завершила поставки С-400 Китаю.", {"S-400|RUS|CHN|delivery|asserted"}),
    ("Мьянма получила первые два истребителя Су-30СМЕ.", {"Su-30|RUS|MMR|delivery|asserted"}),
    (
        "Египет получил от России последнюю партию МиГ-29М2.",
        {"MiG-29|RUS|EGY|delivery|asserted"},
    ),
    ("Сирии поставлены комплексы «Панцирь-С1».", {"Pantsir|RUS|SYR|delivery|asserted"}),
    ("Поставки С-400 в Индию идут по графику.", {"S-400|RUS|IND|delivery|asserted"}),
    ("Вьетнам получил последние танки Т-90С.", {"T-90|RUS|VNM|delivery|asserted"}),
    ("Первая партия Су-35 прибыла в Иран.", {"Su-35|RUS|IRN|delivery|asserted"}),
    (
        "Россия отправила в Венесуэлу партию зенитных ракет «Игла-С».",
        {"Igla|RUS|VEN|delivery|asserted"},
    ),
    (
        "Лаос получил от России учебно-боевые самолеты Як-130.",
        {"Yak-130|RUS|LAO|delivery|asserted"},
    ),
    ("Алжиру переданы первые Су-57.", {"Su-57|RUS|DZA|delivery|asserted"}),
    (
        "Уганда получила от Китая партию беспилотников Wing Loong.",
        {"Wing Loong|CHN|UGA|delivery|asserted"},
    ),
    (
        "Пакистан принял первые китайские истребители J-10C.",
        {"J-10|CHN|PAK|delivery|asserted"},
    ),
    (
        "Германия передала Украине дополнительные зенитные установки Gepard.",
        {"Gepard|DEU|UKR|delivery|asserted"},
    ),
    ("ВВС Египта получили первую партию Су-35.", {"Su-35|RUS|EGY|delivery|asserted"}),
    (
        "Российские МиГ-29 поступили на вооружение ВВС Сербии.",
        {"MiG-29|RUS|SRB|delivery|asserted"},
    ),
    (
        "Россия осуществила поставку Китаю 24 истребителей Су-35.",
        {"Su-35|RUS|CHN|delivery|asserted"},
    ),
    (
        "В порт Тартус доставлены комплексы С-300 для Сирии.",
        {"S-300|RUS|SYR|delivery|asserted"},
    ),
    (
        "Комплексы С-400 поставлены Турции Россией в 2019 году.",
        {"S-400|RUS|TUR|delivery|asserted"},
    ),
    ("Индия получила из России пятый полк С-400.", {"S-400|RUS|IND|delivery|asserted"}),
    ("Египет полностью получил 46 вертолетов Ка-52.", {"Ka-52|RUS|EGY|delivery|asserted"}),
    (
        "Поставки истребителей Су-30СМ2 в Белоруссию завершены.",
        {"Su-30|RUS|BLR|delivery|asserted"},
    ),
    (
        "Минобороны Казахстана получило очередную партию Ми-171Ш.",
        {"Mi-171|RUS|KAZ|delivery|asserted"},
    ),
    ("Россия начала поставки Су-35 в Иран.", {"Su-35|RUS|IRN|delivery|asserted"}),
    ("Россия продолжает поставлять Индии танки Т-90.", {"T-90|RUS|IND|delivery|asserted"}),
    ("Ирану переданы первые два учебных Як-130.", {"Yak-130|RUS|IRN|delivery|asserted"}),
    ("Вьетнам получил шестую подводную лодку проекта 636.", {"Kilo|RUS|VNM|delivery|asserted"}),
    (
        "Армения получила от России истребители Су-30СМ.",
        {"Su-30|RUS|ARM|delivery|asserted"},
    ),
    ("Из России в Мали прибыли вертолеты Ми-171Ш.", {"Mi-171|RUS|MLI|delivery|asserted"}),
    (
        "Буркина-Фасо получила партию российских вертолетов Ми-17.",
        {"Mi-17|RUS|BFA|delivery|asserted"},
    ),
    (
        "Россия отгрузила Египту очередную партию танков Т-90.",
        {"T-90|RUS|EGY|delivery|asserted"},
    ),
    ("Казахстан принял четыре вертолета Ми-35М.", {"Mi-35|RUS|KAZ|delivery|asserted"}),
    (
        "Ирак ввел в строй ударные вертолеты Ми-28НЭ.",
        {"Mi-28|RUS|IRQ|delivery|asserted"},
    ),
    (
        "Россия поставляла Сирии зенитные комплексы «Бук-М2».",
        {"Buk|RUS|SYR|delivery|asserted"},
    ),
    ("Истребители Су-35 поставлялись в Китай двумя партиями.", {"Su-35|RUS|CHN|delivery|asserted"}),
    ("Вторая партия С-400 доставлена в Турцию морем.", {"S-400|RUS|TUR|delivery|asserted"}),
    (
        "Последние Су-30СМЕ переданы ВВС Мьянмы в декабре.",
        {"Su-30|RUS|MMR|delivery|asserted"},
    ),
    (
        "Турецкие беспилотники Bayraktar TB2 поставлены на Украину.",
        {"Bayraktar TB2|TUR|UKR|delivery|asserted"},
    ),
    (
        "Словакия передала Украине истребители МиГ-29.",
        {"MiG-29|SVK|UKR|delivery|asserted"},
    ),
    ("Иран поставил России беспилотники Shahed-136.", {"Shahed-136|IRN|RUS|delivery|asserted"}),
    (
        "Туркмения получила китайские зенитные комплексы HQ-9.",
        {"HQ-9|CHN|TKM|delivery|asserted"},
    ),
    (
        "Египетские ВВС получили истребители Rafale из Франции.",
        {"Rafale|FRA|EGY|delivery|asserted"},
    ),
    (
        "Завершена поставка Индии последнего фрегата проекта 11356.",
        {"Talwar|RUS|IND|delivery|asserted"},
    ),
    ("Танки Т-72Б1 прибыли в Никарагуа.", {"T-72|RUS|NIC|delivery|asserted"}),
]

POSTPONED: list[tuple[str, set[str]]] = [
    ("Поставки С-400 в Индию перенесены на 2026 год.", {"S-400|RUS|IND|postponed|asserted"}),
    ("Сроки поставки Су-35 в Иран сдвинуты вправо.", {"Su-35|RUS|IRN|postponed|asserted"}),
    (
        "Поставки фрегатов проекта 11356 в Индию задерживаются из-за санкций.",
        {"Talwar|RUS|IND|postponed|asserted"},
    ),
    (
        "Поставки вертолетов Ми-17 в Афганистан приостановлены.",
        {"Mi-17|RUS|AFG|postponed|asserted"},
    ),
    (
        "Контракт на поставку С-300 Ирану был заморожен в 2010 году.",
        {"S-300|RUS|IRN|postponed|asserted"},
    ),
    (
        "Индия отложила закупку истребителей Су-30МКИ.",
        {"Su-30|RUS|IND|postponed|asserted"},
    ),
    ("Передача С-400 Индии задерживается на год.", {"S-400|RUS|IND|postponed|asserted"}),
    ("США приостановили поставки F-35 Турции.", {"F-35|USA|TUR|postponed|asserted"}),
    (
        "Германия заморозила поставки танков Leopard 2 в Саудовскую Аравию.",
        {"Leopard 2|DEU|SAU|postponed|asserted"},
    ),
    (
        "Поставка второй партии Су-35 в Китай отложена.",
        {"Su-35|RUS|CHN|postponed|asserted"},
    ),
    (
        "Россия перенесла сроки передачи Индии фрегатов проекта 11356.",
        {"Talwar|RUS|IND|postponed|asserted"},
    ),
    (
        "Сроки поставки танков Т-90 в Ирак могут быть сдвинуты.",
        {"T-90|RUS|IRQ|postponed|possible"},
    ),
    (
        "Поставки С-400 в Индию не будут отложены, заявил посол.",
        {"S-400|RUS|IND|postponed|denied"},
    ),
    (
        "Из-за пандемии отгрузка Ка-52 в Египет затягивается.",
        {"Ka-52|RUS|EGY|postponed|asserted"},
    ),
    (
        "Исполнение контракта на поставку Су-35 Индонезии было приостановлено.",
        {"Su-35|RUS|IDN|postponed|asserted"},
    ),
    (
        "Поставки Су-57 в Алжир отложены до следующего года.",
        {"Su-57|RUS|DZA|postponed|asserted"},
    ),
    (
        "Передача Египту последних Ка-52 задержалась на полгода.",
        {"Ka-52|RUS|EGY|postponed|asserted"},
    ),
    (
        "Вашингтон заморозил передачу Украине ракет ATACMS.",
        {"ATACMS|USA|UKR|postponed|asserted"},
    ),
    (
        "Отгрузка второго полка С-400 в Индию перенесена на осень.",
        {"S-400|RUS|IND|postponed|asserted"},
    ),
    (
        "Россия была вынуждена отложить поставку Су-35 Ирану.",
        {"Su-35|RUS|IRN|postponed|asserted"},
    ),
]

CANCELLED: list[tuple[str, set[str]]] = [
    (
        "Контракт на поставку Ми-17 в Афганистан расторгнут.",
        {"Mi-17|RUS|AFG|cancelled|asserted"},
    ),
    (
        "Контракт с Индонезией на поставку Су-35 аннулирован.",
        {"Su-35|RUS|IDN|cancelled|asserted"},
    ),
    (
        "Индонезия отказалась от закупки российских Су-35.",
        {"Su-35|RUS|IDN|cancelled|asserted"},
    ),
    ("Турция исключена из программы F-35.", {"F-35|USA|TUR|cancelled|asserted"}),
    (
        "Египет отказался от покупки Су-35 под давлением США.",
        {"Su-35|RUS|EGY|cancelled|asserted"},
    ),
    ("Россия отменила поставку комплексов С-300 Ирану.", {"S-300|RUS|IRN|cancelled|asserted"}),
    ("Сделка по продаже Су-35 Индонезии сорвалась.", {"Su-35|RUS|IDN|cancelled|asserted"}),
    (
        "Перу аннулировало контракт на покупку вертолетов Ми-171.",
        {"Mi-171|RUS|PER|cancelled|asserted"},
    ),
    ("США исключили Турцию из программы F-35 в 2019 году.", {"F-35|USA|TUR|cancelled|asserted"}),
    (
        "Контракт на поставку С-400 Индии не будет расторгнут, заявили в Москве.",
        {"S-400|RUS|IND|cancelled|denied"},
    ),
    ("Египет может отказаться от покупки Су-35.", {"Su-35|RUS|EGY|cancelled|possible"}),
    (
        "Малайзия отказалась от планов купить истребители Су-30МКМ.",
        {"Su-30|RUS|MYS|cancelled|asserted"},
    ),
    (
        "Ирак расторг контракт на покупку российских танков Т-90.",
        {"T-90|RUS|IRQ|cancelled|asserted"},
    ),
    (
        "Минобороны Индии аннулировало тендер на закупку вертолетов Ка-226.",
        {"Ka-226|RUS|IND|cancelled|asserted"},
    ),
    (
        "Бахрейн расторг контракт на поставку американских танков Abrams.",
        {"Abrams|USA|BHR|cancelled|asserted"},
    ),
]

DENIED: list[tuple[str, set[str]]] = [
    ("Россия не поставляла Ирану комплексы С-400.", {"S-400|RUS|IRN|delivery|denied"}),
    ("Иран так и не получил истребители Су-35.", {"Su-35|RUS|IRN|delivery|denied"}),
    ("Алжир пока не получил ни одного Су-57.", {"Su-57|RUS|DZA|delivery|denied"}),
    (
        "ФСВТС опровергла сообщения о поставке С-400 в Иран.",
        {"S-400|RUS|IRN|delivery|denied", "S-400|RUS|IRN|delivery|asserted"},
    ),
    ("Минобороны Индии отрицает задержку поставок С-400.", {"S-400|RUS|IND|postponed|denied"}),
    (
        "В Кремле назвали фейком сообщения о передаче Су-35 Ирану.",
        {"Su-35|RUS|IRN|delivery|denied", "Su-35|RUS|IRN|delivery|asserted"},
    ),
    (
        # the report's own claim stands beside the denial (CLAIMS.md rule 3)
        "Информация о поставках МиГ-29 в Сербию не соответствует действительности.",
        {"MiG-29|RUS|SRB|delivery|denied", "MiG-29|RUS|SRB|delivery|asserted"},
    ),
    (
        "Россия не подписывала с Ираном контракт на поставку Су-35.",
        {"Su-35|RUS|IRN|agreement|denied"},
    ),
    ("Египет не получил ни одного истребителя Су-35.", {"Su-35|RUS|EGY|delivery|denied"}),
    (
        "Посол опроверг информацию о том, что Турция получила вторую партию С-400.",
        {"S-400|RUS|TUR|delivery|denied", "S-400|RUS|TUR|delivery|asserted"},
    ),
    (
        "Вашингтон отрицает, что передал Украине ракеты ATACMS.",
        {"ATACMS|USA|UKR|delivery|denied"},
    ),
    (
        "Никаких переговоров о поставке С-400 в Саудовскую Аравию не ведется.",
        {"S-400|RUS|SAU|negotiation|denied"},
    ),
    (
        "Индия не отказывалась от закупки С-400, заявили в МИД.",
        {"S-400|RUS|IND|cancelled|denied"},
    ),
    (
        "Рособоронэкспорт опроверг слухи о задержке поставок Су-30 в Мьянму.",
        {"Su-30|RUS|MMR|postponed|denied", "Su-30|RUS|MMR|postponed|asserted"},
    ),
    ("Сербия С-400 не покупала.", {"S-400|RUS|SRB|agreement|denied"}),
    (
        "Минобороны Белоруссии назвало фейком сообщения о покупке Су-57.",
        {"Su-57|RUS|BLR|agreement|denied", "Su-57|RUS|BLR|agreement|asserted"},
    ),
    ("Поставки С-300 в Сирию так и не состоялись.", {"S-300|RUS|SYR|delivery|denied"}),
    (
        "Пресс-служба ФСВТС опровергла данные о передаче Ирану истребителей Су-35.",
        {"Su-35|RUS|IRN|delivery|denied", "Su-35|RUS|IRN|delivery|asserted"},
    ),
    (
        "Ни одного комплекса С-400 Турция так и не развернула, но получила их в 2019 году.",
        {"S-400|RUS|TUR|delivery|asserted"},
    ),
    (
        "В посольстве отрицают, что Египет отказался от Су-35.",
        {"Su-35|RUS|EGY|cancelled|denied"},
    ),
    (
        "Индия не получала Су-57 и не заказывала их.",
        {
            "Su-57|RUS|IND|delivery|denied",
            "Su-57|RUS|IND|agreement|denied",
        },
    ),
]

EXPECTED: list[tuple[str, set[str]]] = [
    (
        "Россия будет поставлять Индии танки Т-90 до 2030 года.",
        {"T-90|RUS|IND|delivery|expected"},
    ),
    (
        "Поставки С-400 в Турцию планируется завершить к концу года.",
        {"S-400|RUS|TUR|delivery|expected"},
    ),
    (
        "Ожидается, что первые Су-35 прибудут в Иран в ближайшее время.",
        {"Su-35|RUS|IRN|delivery|expected"},
    ),
    (
        "Оставшиеся С-400 должны быть поставлены в Индию до конца 2026 года.",
        {"S-400|RUS|IND|delivery|expected"},
    ),
    (
        "Вторая партия С-400 будет передана Китаю в 2019 году.",
        {"S-400|RUS|CHN|delivery|expected"},
    ),
    ("Алжир получит первые Су-57 в ближайшее время.", {"Su-57|RUS|DZA|delivery|expected"}),
    (
        "Контракт на поставку Су-35 Ирану планируется подписать к концу года.",
        {"Su-35|RUS|IRN|agreement|expected"},
    ),
    (
        "Россия намерена поставить Мьянме еще шесть Су-30СМЕ.",
        {"Su-30|RUS|MMR|delivery|expected"},
    ),
    (
        "Индия рассчитывает получить последний полк С-400 к 2026 году.",
        {"S-400|RUS|IND|delivery|expected"},
    ),
    ("Поставки Су-57 в Алжир начнутся в 2025 году.", {"Su-57|RUS|DZA|delivery|expected"}),
    (
        "Белоруссия до конца года получит еще четыре Су-30СМ2.",
        {"Su-30|RUS|BLR|delivery|expected"},
    ),
    (
        "Первый фрегат проекта 11356 будет передан ВМС Индии в октябре.",
        {"Talwar|RUS|IND|delivery|expected"},
    ),
    (
        "Индонезия подпишет контракт на Rafale в ближайшие месяцы.",
        {"Rafale|FRA|IDN|agreement|expected"},
    ),
    (
        "Турция рассчитывает получить истребители F-16 в 2026 году.",
        {"F-16|USA|TUR|delivery|expected"},
    ),
    (
        "Ожидается, что Египет подпишет контракт на покупку Су-35 в этом году.",
        {"Su-35|RUS|EGY|agreement|expected"},
    ),
    (
        "Сербии предстоит получить еще две батареи «Панцирь-С1».",
        {"Pantsir|RUS|SRB|delivery|expected"},
    ),
    (
        "Россия поставит Ирану Су-35 уже весной, сообщил источник.",
        {"Su-35|RUS|IRN|delivery|expected"},
    ),
    (
        "Производство С-400 для Индии будет завершено к концу года.",
        {"S-400|RUS|IND|production|expected"},
    ),
    (
        "Первые танки Т-90С отправятся во Вьетнам в 2019 году.",
        {"T-90|RUS|VNM|delivery|expected"},
    ),
    (
        "Поставки вертолетов Ка-52 Египту планируется начать в 2019 году.",
        {"Ka-52|RUS|EGY|delivery|expected"},
    ),
    (
        "Египет намерен получить первые Су-35 в следующем году.",
        {"Su-35|RUS|EGY|delivery|expected"},
    ),
    (
        "Истребители Су-35 для Ирана будут отгружены до конца года.",
        {"Su-35|RUS|IRN|delivery|expected"},
    ),
    (
        "Индия в ближайшее время подпишет с Россией контракт на Су-30МКИ.",
        {"Su-30|RUS|IND|agreement|expected"},
    ),
    (
        "К концу года Мьянма должна получить еще два Су-30СМЕ.",
        {"Su-30|RUS|MMR|delivery|expected"},
    ),
    (
        "Россия собирается передать Никарагуа партию танков Т-72Б1.",
        {"T-72|RUS|NIC|delivery|expected"},
    ),
]

POSSIBLE: list[tuple[str, set[str]]] = [
    ("Россия может поставить Ирану комплексы С-400.", {"S-400|RUS|IRN|delivery|possible"}),
    ("Возможно, Египет купит Су-35.", {"Su-35|RUS|EGY|negotiation|possible"}),
    (
        "Не исключено, что Сербия получит комплексы С-400.",
        {"S-400|RUS|SRB|delivery|possible"},
    ),
    ("Иран якобы уже получил первые Су-35.", {"Su-35|RUS|IRN|delivery|asserted"}),
    ("По слухам, Китай заказал еще 24 Су-35.", {"Su-35|RUS|CHN|agreement|possible"}),
    (
        "Предположительно, комплексы С-300 уже доставлены в Сирию.",
        {"S-300|RUS|SYR|delivery|possible"},
    ),
    (
        "Индия получит Су-57, если США не введут санкции.",
        {"Su-57|RUS|IND|delivery|possible"},
    ),
    (
        "Вероятно, Алжир закупит еще 14 истребителей Су-35.",
        {"Su-35|RUS|DZA|negotiation|possible"},
    ),
    ("Турция могла бы купить вторую партию С-400.", {"S-400|RUS|TUR|agreement|possible"}),
    ("Поставки Су-35 в Иран могут быть отложены.", {"Su-35|RUS|IRN|postponed|possible"}),
    ("Египет, вероятно, уже получил первые Су-35.", {"Su-35|RUS|EGY|delivery|possible"}),
    ("Китай, возможно, передал Ирану истребители J-10C.", {"J-10|CHN|IRN|delivery|possible"}),
    (
        "Минобороны Индии может отказаться от закупки Су-30МКИ.",
        {"Su-30|RUS|IND|cancelled|possible"},
    ),
    (
        "Россия, по всей видимости, начала поставки Су-35 в Иран.",
        {"Su-35|RUS|IRN|delivery|possible"},
    ),
    (
        "Не исключено, что контракт на поставку Су-57 в Алжир уже подписан.",
        {"Su-57|RUS|DZA|agreement|possible"},
    ),
    ("Индия может заказать дополнительные С-400.", {"S-400|RUS|IND|agreement|possible"}),
    (
        "По неподтвержденным данным, Иран получил партию Су-35.",
        {"Su-35|RUS|IRN|delivery|asserted"},
    ),
    (
        "Мьянма якобы заказала у России истребители Су-35.",
        {"Su-35|RUS|MMR|agreement|asserted"},
    ),
    (
        "Если контракт будет подписан, Египет получит Су-35 через два года.",
        {"Su-35|RUS|EGY|delivery|possible", "Su-35|RUS|EGY|agreement|possible"},
    ),
    (
        "Саудовская Аравия, предположительно, заинтересована в комплексах С-400.",
        {"S-400|RUS|SAU|negotiation|possible"},
    ),
    (
        "Вполне вероятно, что первые Су-57 уже переданы Алжиру.",
        {"Su-57|RUS|DZA|delivery|possible"},
    ),
    (
        # A seller ready to supply makes an offer (English stage.offer_to_sell, CLAIMS.md
        # rule 8), stage.ru.ready_to_supply.
        "Россия, как утверждается, готова поставить Ирану Су-35.",
        {"Su-35|RUS|IRN|negotiation|asserted"},
    ),
]

ROLES: list[tuple[str, set[str]]] = [
    (
        "Поставки Су-35 в Индонезию обсуждались в 2018 году.",
        {"Su-35|RUS|IDN|negotiation|asserted"},
    ),
    (
        "Новые фрегаты проекта 11356 для ВМС Индии переданы заказчику.",
        {"Talwar|RUS|IND|delivery|asserted"},
    ),
    ("Последний полк С-400 передан индийской стороне.", {"S-400|RUS|IND|delivery|asserted"}),
    ("Истребители Су-35 из России прибыли в Иран.", {"Su-35|RUS|IRN|delivery|asserted"}),
    (
        "Сербия получила зенитные комплексы российского производства «Панцирь-С1».",
        {"Pantsir|RUS|SRB|delivery|asserted"},
    ),
    (
        "Россия и Китай подписали контракт на поставку Су-35.",
        {"Su-35|RUS|CHN|agreement|asserted"},
    ),
    (
        "Китай и Россия подписали соглашение о поставке С-400.",
        {"S-400|RUS|CHN|agreement|asserted"},
    ),
    (
        "Комплексы С-300 поставлены Ирану Россией в 2016 году.",
        {"S-300|RUS|IRN|delivery|asserted"},
    ),
    (
        "Контракт Египта на Су-35 был подписан в 2018 году.",
        {"Su-35|RUS|EGY|agreement|asserted"},
    ),
    ("Рособоронэкспорт поставил Египту вертолеты Ка-52.", {"Ka-52|RUS|EGY|delivery|asserted"}),
    (
        "ФСВТС сообщила о подписании контракта с Белоруссией на поставку «Тор-М2».",
        {"Tor|RUS|BLR|agreement|asserted"},
    ),
    ("Рособоронэкспорт передал зарубежному заказчику партию Су-35.", set()),
    ("Россия поставила иностранному заказчику вертолеты Ми-171Ш.", set()),
    ("Иностранный заказчик получил первые Су-57.", set()),
    (
        "Ростех выполнил поставку зарубежному партнеру зенитных комплексов «Тор-М2Э».",
        set(),
    ),
    ("Индия получила российские танки Т-90С.", {"T-90|RUS|IND|delivery|asserted"}),
    (
        "Китайские беспилотники Wing Loong поставлены в Египет.",
        {"Wing Loong|CHN|EGY|delivery|asserted"},
    ),
    ("Французские Rafale прибыли в Индию.", {"Rafale|FRA|IND|delivery|asserted"}),
    ("Польша передала Украине танки Т-72.", {"T-72|POL|UKR|delivery|asserted"}),
    (
        "Россия получила от Ирана беспилотники Shahed-136.",
        {"Shahed-136|IRN|RUS|delivery|asserted"},
    ),
    (
        "Министерство обороны Вьетнама приняло партию Т-90С.",
        {"T-90|RUS|VNM|delivery|asserted"},
    ),
    ("Россия передаст Никарагуа танки Т-72Б1.", {"T-72|RUS|NIC|delivery|expected"}),
    ("Алжирской стороне переданы первые Су-57.", {"Su-57|RUS|DZA|delivery|asserted"}),
    (
        "Минобороны России передало Сирии зенитные комплексы С-300.",
        {"S-300|RUS|SYR|delivery|asserted"},
    ),
    ("Дамаск получил от Москвы комплексы С-300.", {"S-300|RUS|SYR|delivery|asserted"}),
    ("Пекин получил от Москвы 24 истребителя Су-35.", {"Su-35|RUS|CHN|delivery|asserted"}),
    ("Анкара получила от Москвы вторую партию С-400.", {"S-400|RUS|TUR|delivery|asserted"}),
    (
        "Тегеран и Москва подписали контракт на поставку Су-35.",
        {"Su-35|RUS|IRN|agreement|asserted"},
    ),
    (
        "Египетской стороне поставлены вертолеты Ка-52.",
        {"Ka-52|RUS|EGY|delivery|asserted"},
    ),
    (
        "Сербия разместила у себя переданные Россией ЗРК «Панцирь-С1».",
        {"Pantsir|RUS|SRB|delivery|asserted"},
    ),
    (
        "Поставки С-400 Индии осуществляются в рамках контракта 2018 года.",
        {"S-400|RUS|IND|delivery|asserted", "S-400|RUS|IND|agreement|asserted"},
    ),
    (
        "ФСВТС России завершила поставку С-400 Китаю.",
        {"S-400|RUS|CHN|delivery|asserted"},
    ),
    (
        "Белорусские военные получили от российской стороны комплексы «Тор-М2».",
        {"Tor|RUS|BLR|delivery|asserted"},
    ),
    (
        "В Индию из России доставлены запасные части к С-400.",
        set(),
    ),
    (
        "Партия Су-35 для ВВС Египта отправлена из Комсомольска-на-Амуре.",
        {"Su-35|RUS|EGY|delivery|asserted"},
    ),
    (
        "Израиль поставил Азербайджану беспилотники Harop.",
        {"Harop|ISR|AZE|delivery|asserted"},
    ),
    (
        "Азербайджан получил от Израиля барражирующие боеприпасы Harop.",
        {"Harop|ISR|AZE|delivery|asserted"},
    ),
]

HEADLINES: list[tuple[str, set[str]]] = [
    ("Индия получила второй полк С-400", {"S-400|RUS|IND|delivery|asserted"}),
    ("Египет отказался от Су-35", {"Su-35|RUS|EGY|cancelled|asserted"}),
    ("Поставки Су-35 в Иран отложены", {"Su-35|RUS|IRN|postponed|asserted"}),
    ("Первые Су-57 для Алжира сошли с конвейера", {"Su-57|RUS|DZA|production|asserted"}),
    ("Турция ждет вторую партию С-400", {"S-400|RUS|TUR|delivery|expected"}),
    ("Индонезия: контракт на Су-35 не расторгнут", {"Su-35|RUS|IDN|cancelled|denied"}),
    ("Россия и Египет подписали контракт на Ка-52", {"Ka-52|RUS|EGY|agreement|asserted"}),
    ("Сербия получит «Панцири» до конца года", {"Pantsir|RUS|SRB|delivery|expected"}),
    ("Мьянма заказала еще шесть Су-30СМЕ", {"Su-30|RUS|MMR|agreement|asserted"}),
    ("Поставки С-400 в Индию завершатся в 2026 году", {"S-400|RUS|IND|delivery|expected"}),
    ("Вьетнам закупит Як-130", {"Yak-130|RUS|VNM|negotiation|asserted"}),
    ("Алжир может получить Су-57 уже в этом году", {"Su-57|RUS|DZA|delivery|possible"}),
]

ALL = [
    *NEGOTIATION,
    *AGREEMENT,
    *PRODUCTION,
    *DELIVERY,
    *POSTPONED,
    *CANCELLED,
    *DENIED,
    *EXPECTED,
    *POSSIBLE,
    *ROLES,
    *HEADLINES,
]


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_russian_news_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


# (sentence, expected claim keys, a name the source must share, relays in order)
ATTRIBUTION: list[tuple[str, set[str], str | None, list[str]]] = [
    (
        "Россия поставила Индии третий полк С-400, сообщил ТАСС источник в ВПК.",
        {"S-400|RUS|IND|delivery|asserted"},
        "источник в ВПК",
        ["ТАСС"],
    ),
    (
        "Поставки Су-35 в Иран начнутся в 2026 году, сообщает РИА Новости со ссылкой на"
        " источник в оборонной отрасли.",
        {"Su-35|RUS|IRN|delivery|expected"},
        "источник в оборонной отрасли",
        ["РИА Новости"],
    ),
    (
        "Как пишет «Коммерсантъ», Алжир заказал 14 истребителей Су-57.",
        {"Su-57|RUS|DZA|agreement|asserted"},
        "Коммерсантъ",
        [],
    ),
    (
        "Индия получит пятый полк С-400 в 2026 году, заявил в интервью РИА Новости посол"
        " Индии в России.",
        {"S-400|RUS|IND|delivery|expected"},
        "посол Индии в России",
        ["РИА Новости"],
    ),
    (
        "Египет получил первые Су-35, передает Интерфакс со ссылкой на источник.",
        {"Su-35|RUS|EGY|delivery|asserted"},
        "источник",
        ["Интерфакс"],
    ),
    (
        "Директор ФСВТС Дмитрий Шугаев заявил, что поставки С-400 в Индию идут по графику.",
        {"S-400|RUS|IND|delivery|asserted"},
        "Дмитрий Шугаев",
        [],
    ),
    (
        "«Мы завершили поставки С-400 Китаю», — сказал глава Рособоронэкспорта Александр Михеев.",
        {"S-400|RUS|CHN|delivery|asserted"},
        "Александр Михеев",
        [],
    ),
    (
        "Как сообщил «Интерфаксу» источник, Алжир получил первые Су-57.",
        {"Su-57|RUS|DZA|delivery|asserted"},
        "источник",
        ["Интерфакс"],
    ),
    (
        "По словам Сергея Чемезова, Турция получит вторую партию С-400 в 2026 году.",
        {"S-400|RUS|TUR|delivery|expected"},
        "Сергей Чемезов",
        [],
    ),
    (
        "Иран получил Су-35, утверждает издание Military Watch.",
        {"Su-35|RUS|IRN|delivery|asserted"},
        "Military Watch",
        [],
    ),
    (
        "Согласно заявлению ФСВТС, поставки С-400 в Турцию завершены.",
        {"S-400|RUS|TUR|delivery|asserted"},
        "ФСВТС",
        [],
    ),
    (
        "Россия начала поставки Су-35 в Иран, сообщил «Известиям» источник в Минобороны.",
        {"Su-35|RUS|IRN|delivery|asserted"},
        "источник в Минобороны",
        ["Известия"],
    ),
    (
        "Контракт на поставку Су-57 в Алжир подписан, передает ТАСС со ссылкой на"
        " военно-дипломатический источник.",
        {"Su-57|RUS|DZA|agreement|asserted"},
        "военно-дипломатический источник",
        ["ТАСС"],
    ),
    (
        "Министр обороны Египта заявил, что Египет получил все заказанные Ка-52.",
        {"Ka-52|RUS|EGY|delivery|asserted", "Ka-52|RUS|EGY|agreement|asserted"},
        "Министр обороны Египта",
        [],
    ),
    (
        "Как сообщает «Военное обозрение», Мьянма получила еще два Су-30СМЕ.",
        {"Su-30|RUS|MMR|delivery|asserted"},
        "Военное обозрение",
        [],
    ),
    (
        "По данным ВПК, Белоруссия получила четыре Су-30СМ2.",
        {"Su-30|RUS|BLR|delivery|asserted"},
        "ВПК",
        [],
    ),
    (
        "Первые Ка-52 переданы Египту, сообщила пресс-служба холдинга «Вертолеты России».",
        {"Ka-52|RUS|EGY|delivery|asserted"},
        "пресс-служба холдинга «Вертолеты России»",
        [],
    ),
    (
        "Индия получила второй полк С-400, сообщает The Hindu со ссылкой на источники в"
        " правительстве.",
        {"S-400|RUS|IND|delivery|asserted"},
        "источники в правительстве",
        ["The Hindu"],
    ),
    (
        "Помощник президента Владимир Кожин заявил журналистам, что Россия поставит Ирану Су-35.",
        {"Su-35|RUS|IRN|delivery|expected"},
        "Владимир Кожин",
        [],
    ),
    (
        "Поставка Су-35 Египту отложена, пишет «Коммерсантъ» со ссылкой на источники в"
        " оборонной промышленности.",
        {"Su-35|RUS|EGY|postponed|asserted"},
        "источники в оборонной промышленности",
        ["Коммерсантъ"],
    ),
    (
        "Турция получит вторую партию С-400 в следующем году, заявил РИА Новости Сергей Чемезов.",
        {"S-400|RUS|TUR|delivery|expected"},
        "Сергей Чемезов",
        ["РИА Новости"],
    ),
    (
        "Глава Ростеха Сергей Чемезов в интервью «Известиям» сообщил, что Алжир получит"
        " первые Су-57 в этом году.",
        {"Su-57|RUS|DZA|delivery|expected"},
        "Сергей Чемезов",
        ["Известия"],
    ),
]


def _same_name(a: str | None, b: str | None) -> bool:
    """As the scorer compares sources: one contains the other (case-blind)."""
    if a is None or b is None:
        return a is b
    return a.lower() in b.lower() or b.lower() in a.lower()


@pytest.mark.parametrize(("text", "expected", "source", "via"), ATTRIBUTION)
def test_russian_attribution_probe(
    text: str, expected: set[str], source: str | None, via: list[str]
) -> None:
    claims = extract(Article(doc="t", text=text, published="2025-06-01"))
    assert keys(text) == expected
    assert all(_same_name(c.source, source) for c in claims), [c.source for c in claims]
    assert all(list(c.via) == via for c in claims), [c.via for c in claims]


# Longer sentences: two clauses, two systems, lists, background, what is no transfer.
COMPLEX: list[tuple[str, set[str]]] = [
    (
        "Россия поставила Индии два полка С-400, а остальные три будут переданы"
        " до конца 2026 года.",
        {"S-400|RUS|IND|delivery|asserted", "S-400|RUS|IND|delivery|expected"},
    ),
    (
        "Турция, закупившая у России С-400, была исключена из программы F-35.",
        {"F-35|USA|TUR|cancelled|asserted", "S-400|RUS|TUR|agreement|asserted"},
    ),
    (
        "Из-за угрозы санкций США Египет отказался от покупки Су-35.",
        {"Su-35|RUS|EGY|cancelled|asserted"},
    ),
    (
        "Россия поставит истребители Су-35 Ирану и Алжиру.",
        {"Su-35|RUS|DZA|delivery|expected", "Su-35|RUS|IRN|delivery|expected"},
    ),
    (
        "Египет получил от России истребители Су-35 и МиГ-29М2.",
        {"MiG-29|RUS|EGY|delivery|asserted", "Su-35|RUS|EGY|delivery|asserted"},
    ),
    ("Получит ли Иран российские Су-35?", {"Su-35|RUS|IRN|delivery|possible"}),
    ("Первые два из пяти полков С-400 уже поставлены Индии.", {"S-400|RUS|IND|delivery|asserted"}),
    (
        "Контракт на поставку 24 Су-35 Египту, подписанный в 2018 году, так и не был выполнен.",
        {"Su-35|RUS|EGY|agreement|asserted", "Su-35|RUS|EGY|delivery|denied"},
    ),
    ("Мьянма стала первым иностранным покупателем Су-30СМЕ.", {"Su-30|RUS|MMR|agreement|asserted"}),
    ("Алжир стал первым зарубежным заказчиком Су-57.", {"Su-57|RUS|DZA|agreement|asserted"}),
    ("Сирийские С-300 были поставлены Россией в 2018 году.", {"S-300|RUS|SYR|delivery|asserted"}),
    ("ВКС России получили новые Су-35.", set()),
    ("Минобороны России заказало 20 истребителей Су-57.", set()),
    ("Россия начала серийное производство Су-57.", set()),
    ("На выставке в Дубае Россия представила истребитель Су-57Э.", set()),
    (
        "Контракт на С-400 с Турцией был подписан в 2017 году, а поставки начались"
        " в июле 2019 года.",
        {"S-400|RUS|TUR|agreement|asserted", "S-400|RUS|TUR|delivery|asserted"},
    ),
    ("Турция не намерена отказываться от российских С-400.", {"S-400|RUS|TUR|cancelled|denied"}),
    ("Индия не собирается отказываться от покупки С-400.", {"S-400|RUS|IND|cancelled|denied"}),
    (
        "Египет, несмотря на угрозы санкций, продолжает получать Су-35.",
        {"Su-35|RUS|EGY|delivery|asserted"},
    ),
    ("Оплата за С-400 будет производиться в национальных валютах.", set()),
    ("Индия произвела окончательный расчет за С-400.", set()),
    ("Египет провел испытания истребителей Су-35.", set()),
    (
        "Россия осуществляет поставки Су-35 в Египет в соответствии с графиком.",
        {"Su-35|RUS|EGY|delivery|asserted"},
    ),
    (
        "Поставки С-400 в Турцию не повлияли на ее отношения с НАТО.",
        {"S-400|RUS|TUR|delivery|asserted"},
    ),
    ("После поставки С-400 Турция попала под санкции США.", {"S-400|RUS|TUR|delivery|asserted"}),
    (
        "Помимо С-400, Индия закупила у России фрегаты проекта 11356.",
        {"Talwar|RUS|IND|agreement|asserted"},
    ),
    ("Вслед за Китаем комплексы С-400 получила Турция.", {"S-400|RUS|TUR|delivery|asserted"}),
    ("Индия стала вторым после Китая покупателем С-400.", {"S-400|RUS|IND|agreement|asserted"}),
    (
        "Пакистан получил из Китая фрегаты типа 054A/P, а Бангладеш — подводные лодки.",
        {"Type 054|CHN|PAK|delivery|asserted"},
    ),
    (
        "Сербия закупила у Китая зенитные комплексы FK-3, которые уже прибыли в Белград.",
        {"HQ-22|CHN|SRB|agreement|asserted", "HQ-22|CHN|SRB|delivery|asserted"},
    ),
    (
        "В 2019 году Сербия получила от России шесть МиГ-29 в качестве безвозмездной помощи.",
        {"MiG-29|RUS|SRB|delivery|asserted"},
    ),
    (
        "Белоруссия безвозмездно передала Сербии четыре МиГ-29.",
        {"MiG-29|BLR|SRB|delivery|asserted"},
    ),
    ("Россия подарила Лаосу партию танков Т-72.", {"T-72|RUS|LAO|delivery|asserted"}),
    (
        "Москва не будет поставлять Эр-Рияду С-400 без согласия Тегерана.",
        {"S-400|RUS|SAU|delivery|denied"},
    ),
    ("Египет получит Су-35 только после полной оплаты.", {"Su-35|RUS|EGY|delivery|expected"}),
    (
        "Индия рассчитывает, что Россия поставит оставшиеся С-400 в срок.",
        {"S-400|RUS|IND|delivery|expected"},
    ),
    ("Ранее сообщалось, что Алжир заказал 14 Су-57.", {"Su-57|RUS|DZA|agreement|asserted"}),
    ("Напомним, Турция получила С-400 в 2019 году.", {"S-400|RUS|TUR|delivery|asserted"}),
    ("Индийская сторона получила все пять полков С-400.", {"S-400|RUS|IND|delivery|asserted"}),
    (
        "Вьетнамские военные освоили полученные от России Су-30МК2.",
        {"Su-30|RUS|VNM|delivery|asserted"},
    ),
    (
        "Иран потратил на закупку российских С-300 около 800 млн долларов.",
        {"S-300|RUS|IRN|agreement|asserted"},
    ),
    ("Для Ирака в России строятся танки Т-90С.", {"T-90|RUS|IRQ|production|asserted"}),
    (
        "Россия и Вьетнам договорились о поставке шести подводных лодок проекта 636.",
        {"Kilo|RUS|VNM|agreement|asserted"},
    ),
    (
        "Стороны достигли договоренности о продаже Египту 46 Ка-52.",
        {"Ka-52|RUS|EGY|agreement|asserted"},
    ),
    (
        "Москва и Анкара согласовали поставку второй партии С-400.",
        {"S-400|RUS|TUR|agreement|asserted"},
    ),
    ("Переговоры о продаже Су-35 Индонезии зашли в тупик.", {"Su-35|RUS|IDN|negotiation|asserted"}),
    ("Россия и Египет парафировали контракт на Су-35.", {"Su-35|RUS|EGY|agreement|asserted"}),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEX)
def test_russian_longer_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


ATTRIBUTION_MORE: list[tuple[str, set[str], str | None, list[str]]] = [
    (
        "Как сообщили «Известиям» в ФСВТС, Египет получил Су-35.",
        {"Su-35|RUS|EGY|delivery|asserted"},
        "ФСВТС",
        ["Известия"],
    ),
    (
        "Индия получит третий полк С-400 в 2026 году. Об этом ТАСС сообщил источник"
        " в оборонно-промышленном комплексе.",
        {"S-400|RUS|IND|delivery|expected"},
        "источник в оборонно-промышленном комплексе",
        ["ТАСС"],
    ),
    (
        "По информации «Коммерсанта», Египет отказался от Су-35.",
        {"Su-35|RUS|EGY|cancelled|asserted"},
        "Коммерсант",
        [],
    ),
    (
        "Как заявил журналистам Дмитрий Шугаев, Индия получит все С-400 в срок.",
        {"S-400|RUS|IND|delivery|expected"},
        "Дмитрий Шугаев",
        [],
    ),
    (
        "Газета Hindustan Times со ссылкой на источник сообщает, что Индия получила"
        " второй полк С-400.",
        {"S-400|RUS|IND|delivery|asserted"},
        "источник",
        ["Hindustan Times"],
    ),
    (
        "Пресс-секретарь президента Дмитрий Песков заявил, что Россия не поставляла Ирану Су-35.",
        {"Su-35|RUS|IRN|delivery|denied"},
        "Дмитрий Песков",
        [],
    ),
    (
        "Иран получил первые Су-35, утверждает иранское агентство Tasnim.",
        {"Su-35|RUS|IRN|delivery|asserted"},
        "Tasnim",
        [],
    ),
    (
        "Глава ФСВТС Дмитрий Шугаев в интервью ТАСС рассказал, что Египет получил Ка-52.",
        {"Ka-52|RUS|EGY|delivery|asserted"},
        "Дмитрий Шугаев",
        ["ТАСС"],
    ),
    (
        "Источник в военно-дипломатических кругах сообщил РИА Новости, что Алжир получил Су-57.",
        {"Su-57|RUS|DZA|delivery|asserted"},
        "Источник в военно-дипломатических кругах",
        ["РИА Новости"],
    ),
    (
        "Как отметили в Рособоронэкспорте, Египет получил все 46 Ка-52.",
        {"Ka-52|RUS|EGY|delivery|asserted"},
        "Рособоронэкспорт",
        [],
    ),
    (
        "Об этом говорится в сообщении пресс-службы ФСВТС. Египет получил первые Су-35.",
        {"Su-35|RUS|EGY|delivery|asserted"},
        None,
        [],
    ),
    (
        "«Иран получит первые Су-35 весной», — сказал РИА Новости замминистра обороны Ирана.",
        {"Su-35|RUS|IRN|delivery|expected"},
        "замминистра обороны Ирана",
        ["РИА Новости"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "source", "via"), ATTRIBUTION_MORE)
def test_russian_attribution_more(
    text: str, expected: set[str], source: str | None, via: list[str]
) -> None:
    test_russian_attribution_probe(text, expected, source, via)


# Systems named in no transfer: combat, exercises, shows, crashes, upkeep.
NO_TRANSFER: list[str] = [
    "Расчеты С-400 сбили над Брянской областью ракету ATACMS.",
    "ВСУ нанесли удар по Белгороду из HIMARS.",
    "Украинские военные применили переданные Западом Storm Shadow.",
    "Истребитель Су-35 ВКС России сбил украинский МиГ-29.",
    "Индийские Су-30МКИ приняли участие в учениях с ВВС Египта.",
    "В Египте разбился истребитель МиГ-29М2.",
    "Турция провела испытания комплекса С-400 в Синопе.",
    "Сербия продемонстрировала на параде китайские FK-3 и российские «Панцири».",
    "Алжирские Су-30МКА отработали перехват воздушных целей.",
    "Россия модернизирует свои танки Т-72 до уровня Т-72Б3М.",
    "Китай развернул комплексы HQ-9 на спорных островах.",
    "Израиль атаковал позиции сирийских ЗРК С-300.",
    "Пакистан показал на выставке IDEAS истребитель JF-17 Block III.",
    "Иранские ПВО уничтожили беспилотник MQ-9 Reaper.",
    "Эксперты сравнили Су-57 и F-35 по заметности.",
    "Польский танк Leopard 2 подбит под Авдеевкой.",
    "Экипажи ВМС Индии провели стрельбы с фрегата проекта 11356.",
    "Белоруссия и Россия провели совместные учения с применением «Искандеров».",
    "Американские F-35 прибыли на авиабазу в Польше для учений.",
    "Министр обороны Индии осмотрел истребители Rafale на авиабазе Амбала.",
]


@pytest.mark.parametrize("text", NO_TRANSFER)
def test_russian_no_transfer_probe(text: str) -> None:
    assert keys(text) == set()


# Approvals, donors, re-exports, preferences and makers beyond Russia.
MORE: list[tuple[str, set[str]]] = [
    (
        "США разрешили Польше передать Украине истребители МиГ-29.",
        {"MiG-29|POL|UKR|negotiation|asserted"},
    ),
    (
        "Германия дала согласие на реэкспорт танков Leopard 2 на Украину.",
        {"Leopard 2|DEU|UKR|negotiation|asserted"},
    ),
    (
        "Норвегия и США передали Украине комплексы NASAMS.",
        {"NASAMS|NOR|UKR|delivery|asserted", "NASAMS|USA|UKR|delivery|asserted"},
    ),
    (
        "Великобритания стала первой страной, передавшей Украине танки Challenger 2.",
        {"Challenger 2|GBR|UKR|delivery|asserted"},
    ),
    (
        "Украина получила первые F-16 от Дании и Нидерландов.",
        {"F-16|DNK|UKR|delivery|asserted", "F-16|NLD|UKR|delivery|asserted"},
    ),
    ("Египет вместо Су-35 закупит китайские J-10C.", {"J-10|CHN|EGY|negotiation|asserted"}),
    (
        "Ирак, получивший танки Т-90С в 2018 году, заказал еще 73 машины.",
        {"T-90|RUS|IRQ|agreement|asserted", "T-90|RUS|IRQ|delivery|asserted"},
    ),
    (
        "Россия поставила в Сирию комплексы С-300ПМ2, сообщил Сергей Шойгу.",
        {"S-300|RUS|SYR|delivery|asserted"},
    ),
    (
        "Пекин получил от Москвы первый полк С-400 в 2018 году, второй — в 2019 году.",
        {"S-400|RUS|CHN|delivery|asserted"},
    ),
    ("Источник не уточнил, когда Алжир получит первые Су-57.", {"Su-57|RUS|DZA|delivery|expected"}),
    (
        "В ФСВТС отказались комментировать поставки Су-35 Ирану.",
        {"Su-35|RUS|IRN|delivery|asserted"},
    ),
    ("Россия еще не приступила к поставкам Су-35 в Иран.", {"Su-35|RUS|IRN|delivery|denied"}),
    (
        "Контракт на поставку Су-30СМ2 Белоруссии выполнен досрочно.",
        {"Su-30|RUS|BLR|delivery|asserted"},
    ),
    ("Поставки российских вооружений в Индию составляют около 60% ее импорта.", set()),
    ("Армения получила от Индии гаубицы ATAGS.", {"ATAGS|IND|ARM|delivery|asserted"}),
    ("Египет получит от Германии фрегаты MEKO A-200.", {"MEKO A-200|DEU|EGY|delivery|expected"}),
    ("Сербия приобрела у Франции 12 истребителей Rafale.", {"Rafale|FRA|SRB|agreement|asserted"}),
    ("Марокко закупило у Израиля комплексы Barak MX.", {"Barak MX|ISR|MAR|agreement|asserted"}),
    ("Эфиопия получила из Ирана беспилотники Mohajer-6.", {"Mohajer-6|IRN|ETH|delivery|asserted"}),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_russian_more_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


# Short articles and sentences read with their neighbours: headlines and leads, references
# ('машины', 'комплексы'), capitals, contracts that schedule, dashes for the copula.
ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Индия получила четвертый полк С-400\n\nМОСКВА, 5 марта. /ТАСС/. Россия передала Индии "
        "четвертый полковой комплект зенитных ракетных систем С-400. Об этом сообщил источник "
        "в оборонно-промышленном комплексе.",
        {"S-400|RUS|IND|delivery|asserted"},
    ),
    (
        "Египет может отказаться от Су-35\n\nКаир рассматривает возможность отказа от "
        "российских истребителей. Такое решение может быть принято под давлением США, пишет "
        "издание.",
        {"Su-35|RUS|EGY|cancelled|possible"},
    ),
    (
        "Алжир закупит Су-57. Первые машины поступят в войска в 2026 году.",
        {"Su-57|RUS|DZA|delivery|expected", "Su-57|RUS|DZA|negotiation|asserted"},
    ),
    (
        "Сербия получила партию «Панцирей». Комплексы уже поставлены на боевое дежурство.",
        {"Pantsir|RUS|SRB|delivery|asserted"},
    ),
    (
        "Киев получил от западных партнеров новые танки Leopard 2.",
        {"Leopard 2|DEU|UKR|delivery|asserted"},
    ),
    ("Запад передал Киеву более ста танков Leopard 2.", {"Leopard 2|DEU|UKR|delivery|asserted"}),
    (
        "Москва поставила Дамаску комплексы С-300 после инцидента с Ил-20.",
        {"S-300|RUS|SYR|delivery|asserted"},
    ),
    ("Вашингтон одобрил продажу Тайбэю истребителей F-16V.", {"F-16|USA|TWN|negotiation|asserted"}),
    (
        "Поставки F-16 Тайваню задерживаются, признали в Пентагоне.",
        {"F-16|USA|TWN|postponed|asserted"},
    ),
    (
        "Минобороны Индии заявило, что поставки С-400 завершатся в 2026 году, хотя ранее "
        "называлась дата 2024 год.",
        {"S-400|RUS|IND|delivery|expected"},
    ),
    (
        "Россия пока не передала Индии два оставшихся полка С-400.",
        {"S-400|RUS|IND|delivery|denied"},
    ),
    (
        "Иран заявил о получении истребителей Су-35, однако в Москве это не подтвердили.",
        {"Su-35|RUS|IRN|delivery|asserted"},
    ),
    ("Белоруссия будет производить для России ракеты для «Полонеза».", set()),
    (
        "Россия и Китай подписали контракт, по которому Пекин получит 24 Су-35.",
        {"Su-35|RUS|CHN|agreement|asserted", "Su-35|RUS|CHN|delivery|expected"},
    ),
    (
        "В рамках контракта Вьетнам уже получил 32 танка Т-90С.",
        {"T-90|RUS|VNM|agreement|asserted", "T-90|RUS|VNM|delivery|asserted"},
    ),
    (
        "Вертолеты Ми-171Ш, заказанные Египтом, уже поставлены.",
        {"Mi-171|RUS|EGY|agreement|asserted", "Mi-171|RUS|EGY|delivery|asserted"},
    ),
    ("Комплексы «Тор-М2КМ» поставляются Египту с 2019 года.", {"Tor|RUS|EGY|delivery|asserted"}),
    ("Египет — единственный зарубежный эксплуатант Ка-52.", {"Ka-52|RUS|EGY|delivery|asserted"}),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_russian_article_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


# A halt and a new verb joined by 'и': each speaks of its own system; factuality phrases that
# negate nothing ('не раз', 'ни для кого не секрет') or hedge ('вряд ли').
JOINED: list[tuple[str, set[str]]] = [
    (
        "Египет отказался от Су-35 и купил китайские J-10C.",
        {"Su-35|RUS|EGY|cancelled|asserted", "J-10|CHN|EGY|agreement|asserted"},
    ),
    (
        "Индонезия отказалась от Су-35 и заказала Rafale.",
        {"Su-35|RUS|IDN|cancelled|asserted", "Rafale|FRA|IDN|agreement|asserted"},
    ),
    (
        "Турция отложила покупку F-35 и получила С-400.",
        {"F-35|USA|TUR|postponed|asserted", "S-400|RUS|TUR|delivery|asserted"},
    ),
    (
        "Индия не отказалась от С-400 и получила второй полк.",
        {"S-400|RUS|IND|cancelled|denied", "S-400|RUS|IND|delivery|asserted"},
    ),
    (
        "Россия приостановила производство и поставки С-400 Турции.",
        {"S-400|RUS|TUR|postponed|asserted"},
    ),
    (
        "Россия поставила Индии С-400 и передала Китаю Су-35.",
        {"S-400|RUS|IND|delivery|asserted", "Su-35|RUS|CHN|delivery|asserted"},
    ),
    ("Египет так и не дождался Су-35.", {"Su-35|RUS|EGY|delivery|denied"}),
    ("Индия дождалась последнего полка С-400.", {"S-400|RUS|IND|delivery|asserted"}),
    (
        "Ни для кого не секрет, что Индия получила от России С-400.",
        {"S-400|RUS|IND|delivery|asserted"},
    ),
    ("Россия не раз поставляла Сирии комплексы С-300.", {"S-300|RUS|SYR|delivery|asserted"}),
    ("Вряд ли Иран получит Су-35 в этом году.", {"Su-35|RUS|IRN|delivery|possible"}),
    ("Россия готовится передать Ирану истребители Су-35.", {"Su-35|RUS|IRN|delivery|expected"}),
    ("Россия продолжит поставки Су-35 в Египет.", {"Su-35|RUS|EGY|delivery|expected"}),
    ("Поставка Су-57 Алжиру запланирована на 2026 год.", {"Su-57|RUS|DZA|delivery|expected"}),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_russian_joined_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


ATTRIBUTION_CHAINS: list[tuple[str, set[str], str | None, list[str]]] = [
    (
        "Военный эксперт Игорь Коротченко в беседе с RT заявил, что Иран получит Су-35.",
        {"Su-35|RUS|IRN|delivery|expected"},
        "Игорь Коротченко",
        ["RT"],
    ),
    (
        "Как передает Интерфакс со ссылкой на осведомленный источник, Алжир заказал Су-57.",
        {"Su-57|RUS|DZA|agreement|asserted"},
        "осведомленный источник",
        ["Интерфакс"],
    ),
    (
        "Министр в интервью заявил, что Египет получит Су-35.",
        {"Su-35|RUS|EGY|delivery|expected"},
        "Министр",
        [],
    ),
    (
        "Контракт между «Рособоронэкспортом» и Министерством обороны Египта на поставку Су-35"
        " подписан, сообщил источник.",
        {"Su-35|RUS|EGY|agreement|asserted"},
        "источник",
        [],
    ),
    (
        "Турция получила вторую партию С-400, утверждают турецкие СМИ.",
        {"S-400|RUS|TUR|delivery|asserted"},
        "турецкие СМИ",
        [],
    ),
    (
        "Источник в военно-дипломатических кругах рассказал «Известиям», что Египет отказался"
        " от Су-35.",
        {"Su-35|RUS|EGY|cancelled|asserted"},
        "Источник в военно-дипломатических кругах",
        ["Известия"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "source", "via"), ATTRIBUTION_CHAINS)
def test_russian_attribution_chain(
    text: str, expected: set[str], source: str | None, via: list[str]
) -> None:
    test_russian_attribution_probe(text, expected, source, via)


# Verbs of acquiring and of being due, in more aspects and voices.
VERB_FORMS: list[tuple[str, set[str]]] = [
    ("Истребители Су-35 закупаются Египтом партиями.", {"Su-35|RUS|EGY|agreement|asserted"}),
    ("Танки Т-90С экспортируются в Алжир с 2006 года.", {"T-90|RUS|DZA|delivery|asserted"}),
    (
        "Комплексы С-400 будут поставляться Индии до 2026 года.",
        {"S-400|RUS|IND|delivery|expected"},
    ),
    ("Поставке Египту подлежат 46 вертолетов Ка-52.", {"Ka-52|RUS|EGY|delivery|expected"}),
    ("Индия обзавелась российскими комплексами С-400.", {"S-400|RUS|IND|delivery|asserted"}),
    ("Турция вооружилась российскими С-400.", {"S-400|RUS|TUR|delivery|asserted"}),
    ("Белоруссия обзаведется четырьмя Су-30СМ2.", {"Su-30|RUS|BLR|delivery|expected"}),
    ("Индия выкупила у России еще два полка С-400.", {"S-400|RUS|IND|agreement|asserted"}),
    ("Россия сорвала поставки Су-30СМ Армении.", {"Su-30|RUS|ARM|postponed|asserted"}),
    ("Армения оплатила, но так и не получила Су-30СМ.", {"Su-30|RUS|ARM|delivery|denied"}),
    ("Алжир сделал заказ на 14 истребителей Су-57.", {"Su-57|RUS|DZA|agreement|asserted"}),
    ("В распоряжение ВВС Египта поступили 24 Су-35.", {"Su-35|RUS|EGY|delivery|asserted"}),
    (
        "Контракт, подписанный в 2018 году, предусматривает поставку пяти полков С-400 Индии.",
        {"S-400|RUS|IND|agreement|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERB_FORMS)
def test_russian_verb_form_probe(text: str, expected: set[str]) -> None:
    assert keys(text) == expected

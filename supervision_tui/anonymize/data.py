"""Curated word lists, written for this project (no third-party data).

Names of refugee-origin communities that no installed package covers well (Kurdish, Tigrinya/Amharic,
Somali, Pashto/Dari, West African, Vietnamese, Balkan), common transliteration variants, and the German
trigger words, places and special-category terms the anonymizer reasons with.
"""

from __future__ import annotations

# --- names ---------------------------------------------------------------------------------------------

FIRST_NAMES = """
Giorgi Nino Natia Tamari Tamar Levan Davit Irakli Lasha Ketevan Keti Zurab Nodar Salome Eka Elene Nikoloz
Sandro Tornike Shota Tengiz Mzia Nana Maka Lela Ibragim Magomed Ramzan Zelimkhan Khadizhat Zarema Kheda
Sayed Sayyid Seyed Movsar Adlan Aslanbek Khasan Khamzat Zaur Luiza Malika Petimat Yeison Yeferson Yorman Yuleisi Yusleidy
Abdul Abdullah Abdallah Abdulrahman Abdulkarim Abdelkader Abdi Abdirahman Abdiaziz Abdirizak Abdulahi Abdulla
Ahmad Ahmed Ahmet Achmed Akram Ala Alaa Ali Alia Amal Amani Amin Amina Aminata Amir Amira Ammar Anas Anwar
Asma Ayah Aya Ayham Ayman Aziz Aziza Bashar Bassam Bilal Bushra Dalia Dima Duaa Ehsan Eman Fadi Farah Fares
Faris Fatima Fatma Fatme Fatuma Firas Ghada Ghassan Hadi Hadiya Hala Hamid Hamza Hanan Hani Hasan Hassan
Haitham Hiba Hind Hussein Husain Hussain Ibrahim Imad Iman Issa Jamal Jamila Jana Jawad Karim Kerim Khaled
Khalid Lama Layla Leila Lina Loay Luay Lubna Maher Mahmoud Mahmud Majid Malak Manal Marwa Marwan Maryam Mariam
Maysa Mazen Mohamed Mohammed Mohammad Muhammad Muhammed Mohamad Mona Mostafa Mustafa Muna Nabil Nada Nadia
Nasser Nour Nur Noor Omar Omer Osama Qasim Rami Rana Rania Rasha Rawan Reem Rima Riad Rashid Saad Sabah Safa
Saif Salah Saleh Salim Salma Sami Samir Samira Sana Sara Sarah Shadi Suha Sultan Tamer Tarek Tariq Walid
Wael Huda Hoda Yahya Yara Yasin Yassin Yasmin Yousef Youssef Yusuf Yusra Zaid Zainab Zeinab Zakaria Ziad Rahman Rahim
Ahmadi Amiri Arash Ashkan Azadeh Babak Bahar Bahram Behnam Behrouz Dariush Davood Ehsan Elham Farhad Farid
Farzaneh Fereshteh Golnar Hamed Hamid Hossein Jafar Javad Kamran Kaveh Keyvan Leyla Mahdi Mahsa Maryam Mehdi
Mehran Mina Mitra Mohsen Mojtaba Morteza Nasrin Navid Negin Nima Omid Parisa Parvin Payam Pegah Reza Roya
Saeed Sahar Samaneh Shirin Sima Soheila Soraya Tahmineh Yalda Zahra Zohreh Nargis Nilofar Nazanin Shabnam
Farida Fariba Hamida Habiba Habib Sakina Sediqa Zarghuna Zarmina Malalai Malala Khadija Gulalai Gul Gulnaz
Abdulqadir Ahmadullah Amanullah Asadullah Baryalai Bashir Dawood Dawud Ehsanullah Fawad Ghulam Gulbuddin
Hamidullah Hayatullah Hekmatullah Hedayatullah Hikmat Idris Ikram Inayatullah Jawid Javid Kabir Khalil
Mirwais Mujib Mustafa Najib Naqib Naseer Nasir Noorullah Obaidullah Rahmatullah Sardar Shafiq Shah Shams
Sharif Shekib Sohrab Tamim Wahid Wais Zabihullah Zalmai Zia Ziaullah Zubair Rohullah Samiullah Naweed
Azad Aram Avin Baran Berfin Berivan Bahoz Bawar Beritan Dilan Dilovan Dildar Diyar Delal Evin Hevi Hevin
Jiyan Kawa Lorin Newroz Nuri Rojda Rojin Ronahi Rezan Roni Sherwan Shirwan Shiyar Serhat Sipan Zana Zeynep
Zozan Helin Hêvî Rêzan Şêrvan Berzan Baver Hozan Dersim Çiya Ciya Nûjîn Nujin Jinda Rûken Ruken Welat Nechirvan
Ayse Ayşe Emine Elif Emre Mehmet Mustafa Hatice Hüseyin Hülya Ibrahim Kübra Merve Mert Murat Oğuz Osman Selin
Tuğba Yasemin Yusuf Zehra Deniz Burak Can Cem Cengiz Ercan Erdal Esra Fatih Gökhan Gül Hakan Kemal Leyla
Serkan Sevgi Songül Tülay Volkan Yıldız Aylin Derya Ece Ebru Özlem Ömer Ümit Uğur
Oleksandr Oleksandra Olexandr Oleksii Oleksij Olena Olga Oksana Iryna Irina Yulia Julija Julia Tetiana Tetjana
Tatjana Natalia Natalija Nataliya Viktoria Wiktoria Svitlana Switlana Anastasia Anastasija Halyna Galina
Mykola Mykhailo Mychajlo Andrii Andrij Dmytro Dmytri Serhii Serhij Sergej Volodymyr Wolodymyr Vladimir Wladimir
Yurii Jurij Ihor Igor Taras Bohdan Vasyl Wasyl Petro Pavlo Roman Maksym Artem Denys Vitalii Witalij Yaroslav
Jaroslaw Oksana Larysa Ljudmyla Lyudmyla Kateryna Katerina Daryna Sofiia Sofija Khrystyna Chrystyna Mariia
Yevhen Jewhen Yevheniia Ivanna Vira Nadiia Nadija Liubov Ljubow Valentyna Walentyna Anatolii Borys Hennadii
Kostiantyn Kostjantyn Oleh Oleg Ruslan Stanislav Valerii Viktor Wiktor Vitalij Zhanna Inna Alla Marta Solomiia
Tesfay Tesfaye Tesfalem Tesfamariam Tekle Teklemariam Yohannes Yonas Yemane Yosief Yosef Senait Semhar Selam
Saba Samrawit Helen Hagos Haile Hailemariam Haben Filmon Fitsum Mehari Mesfin Merhawi Mussie Mulugeta Mebrahtu
Kidane Kibrom Kiflom Amanuel Aman Awet Berhane Biniam Bereket Daniel Dawit Eyob Efrem Ermias Eden Elsa
Feven Freweini Ghebremedhin Gebre Gebremedhin Goitom Habtom Henok Hiwet Luwam Mihret Meron Milen Mekonnen
Natnael Robel Ruta Segen Sennait Simret Teame Tedros Tsega Tsegay Tsehaye Weini Winta Yirgalem Zerai Zewdi
Abebe Alemayehu Almaz Aster Ayele Bekele Birtukan Desta Genet Getachew Girma Hirut Kebede Lemlem Meseret
Mulu Tigist Tirunesh Tewodros Worku Yared Zenebech Zeray Asmeret Ariam Aregawi Abrehet Tsion Bisrat
Abdirahman Abdiqani Abdiweli Ahmed Ayan Asha Ayaan Bashir Cabdi Cali Deeqa Faadumo Fadumo Farhan Filsan Hodan
Hibaq Hawa Hamdi Ifrah Idil Ilhan Jama Khadar Maryan Mohamud Muse Nimco Omar Qamar Sahra Sagal Shukri Sucaad
Ubah Warsame Xamse Yasmin Yusuf Zamzam Abshir Ayanle Hassan Guled Liban Mahad Mukhtar Nasra Ruqiya Samatar
Abdoulaye Aboubacar Adama Alassane Alpha Amadou Aminata Aissatou Awa Bakary Boubacar Bintou Fatoumata Fanta
Ibrahima Issa Kadiatou Kadiatu Lamine Mamadou Mariama Moussa Oumar Ousmane Saliou Seydou Sekou Souleymane
Abdou Yaya Djenabou Mariatou Oumou Ramata Salimata Sira Kouassi Kofi Kwame Kwabena Kwaku Ama Akosua Abena Yaw
Chinedu Chidi Chiamaka Chinwe Emeka Ifeanyi Ngozi Obinna Oluwaseun Olufemi Tunde Tolu Adewale Ayodele Funmilayo
Blessing Precious Godwin Favour Joy Mercy Princess Comfort Gift Patience Prosper Samuel Esther Faith
Nguyen Thi Hoa Lan Linh Mai Minh Ngoc Thu Thuy Trang Tuan Hung Duc Dung Huong Hanh Phuong Quang Thanh Van
Anh Binh Cuong Dat Hai Hieu Hoang Khanh Long Nam Phuc Quynh Son Tam Thao Trung Viet Yen Hang Nhung Oanh
Jovana Jelena Milica Marija Dragana Snežana Snezana Ivana Mirela Emina Amra Lejla Selma Aida Adnan Edin Emir
Haris Jasmin Kenan Mirza Nermin Senad Tarik Dino Damir Dejan Goran Milan Miloš Milos Nikola Stefan Zoran
Dragan Bojan Nenad Marko Vesna Ljiljana Arben Arta Besnik Blerim Dardan Drita Ermira Fatmir Genta Ilir
Kujtim Liridon Shpresa Valon Vjosa Agron Albana Bujar Elona Luan Qendrim Rina Flutura Mimoza Burim Fitore
Ramadan Shaban Bajram Enver Nexhmedin Ardit Ardian Ledion Kledi
Dunya Dunja Donya Hayat Hayet Rouba Ruba Rasha Lujain Lojain Joud Tala Rahaf Ghazal Hasti Mahtab
Olha Olga Oxana Yuliia Yuliya Tetyana Nataliia Mariya Sofia Vlada Daria Dariia Yana Iana Alina Polina
Bao Chau Diep Giang Hien Hue Kim Nga Nhi Tien Tuyet Uyen Vy Xuan Hau Khoa Loc Toan Vinh
Marie Luise Karl Heinz Hans Peter Eva Johannes Charlotte Hermann Fritz Franziska Erika Esther Iris Anke Dirk
Kerstin Ulrike Gisela Renate Ursula Jürgen Uwe Detlef Dieter Wolfgang Manfred Bernd Ralf Jörg Heike Silke
Sabine Petra Andrea Birgit Claudia Susanne Stefanie Katrin Kathrin Nadine Jana Lea Leonie Mia Emma Hannah Ben
Luca Finn Jonas Elias Noah Paul Felix Lukas Tim Jan Tom Jens Sven Kai Lars Nils Ole Bastian Torsten
"""

LAST_NAMES = """
Al Abadi Abbas Abdallah Abdo Abdullah Abu Ahmadi Akbari Alizadeh Amini Ansari Asadi Atassi Attar Azizi Bakr
Barakat Darwish Dib Haddad Hakimi Hamdan Hamadi Hashemi Hassan Hosseini Ibrahim Ismail Jaber Jafari Karimi
Kazemi Khalil Khan Khoury Mahmoud Mansour Mansouri Masri Mohammadi Mousavi Musa Naderi Najjar Nasser Noori
Nouri Qasemi Rahimi Rahmani Rashid Rezaei Saberi Sadeghi Said Saleh Salem Sayed Shahin Shami Sharifi Taheri
Yousef Zadeh Zaki Zaher Zahir Zeidan Kurdi Halabi Homsi Dimashqi Hariri Jaafar Kanaan Khatib Naji Othman
Popal Ahmadzai Durrani Karzai Popalzai Yousafzai Yusufzai Stanikzai Sultani Wardak Safi Mohmand Afridi
Shinwari Niazi Hotak Barakzai Mangal Sadat Noorzai Achakzai Rasuli Hakimi Haidari Hazara Mohseni Sarwari Sahak
Rezai Hussaini Jawadi Nazari Qaderi Rahimi Sharifi Wahidi Yaqubi Zamani Azimi Habibi Hamidi Nabizada
Barzani Talabani Hawrami Xelil Ehmed Silêman Sileman Mehmûd Mahmud Ebdullah Zaxoyî Zaxoyi Dêrikî Botani Dosky
Doski Amedi Shingali Sindschari Qasim Murad Hesen Hasso Haso Ibo Temo Bozan Akreyi Zebari Jaf Berwari
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk Aydın Aydin
Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt Özkan Ozkan Şimşek Simsek
Polat Erdoğan Erdogan Korkmaz Aktaş Aktas Güneş Gunes Bulut Keskin Ünal Unal Tekin Acar Kaplan Avcı Avci
Melnyk Shevchenko Schewtschenko Kovalenko Kowalenko Bondarenko Tkachenko Tkatschenko Kravchenko Krawtschenko
Oliinyk Olijnyk Shevchuk Schewtschuk Koval Kowal Polishchuk Bondar Tkachuk Tkatschuk Moroz Marchenko Lysenko
Rudenko Savchenko Sawtschenko Petrenko Klymenko Pavlenko Pawlenko Ivanenko Iwanenko Kuzmenko Boyko Boiko
Kravets Hrytsenko Karpenko Zakharchenko Levchenko Semenko Ponomarenko Kozak Honcharenko Vasylenko Yakovenko
Ivanova Ivanov Iwanow Petrova Petrov Smirnov Smirnova Kuznetsov Popov Popova Sokolov Volkov Wolkow Morozov
Hryhorenko Horbunov Sydorenko Symonenko Dovzhenko Nazarenko Yurchenko Ostapenko Kostenko Mazur Bilyk Savchuk
Tesfay Tesfaye Tesfamariam Tekle Teklehaimanot Haile Hailemariam Kidane Ghebremedhin Gebremedhin Gebrehiwet
Gebreselassie Ghebreyesus Woldemariam Weldemichael Mebrahtu Berhe Berhane Asfaha Habte Habtemariam Tsegay
Tsehaye Yohannes Kahsay Kiflom Fesehaye Mehari Negash Abraha Andemariam Okbazghi Yemane Zerai Ghirmay
Mengistu Tadesse Bekele Tesfaye Girma Alemu Abebe Kebede Desta Assefa Worku Mulugeta Getachew Tilahun Hailu
Abdi Abdullahi Aden Ali Barre Duale Egal Elmi Farah Hersi Hirsi Ismail Jama Jibril Mohamud Mohamed Muse Nur
Omar Osman Samatar Shire Warsame Yusuf Dahir Gedi Guled Hashi Keynan Mahamud Ugas Abdirahman Cabdi Xasan Cali
Diallo Bah Barry Sow Camara Conde Condé Keita Keïta Touré Toure Traoré Traore Coulibaly Diarra Cissé Cisse
Sylla Bangura Kamara Kallon Sesay Koroma Jalloh Conteh Turay Mansaray Fofana Ouattara Konaté Konate Sangaré
Sangare Ndiaye Diop Fall Faye Sarr Gueye Mensah Owusu Boateng Asante Osei Addo Agyeman Appiah Darko Okafor
Okonkwo Okoro Eze Nwosu Adeyemi Adebayo Ogunleye Oyelaran Afolabi Balogun Okeke Obi Uche Nnamdi Adeleke
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ Ngo
Ngô Duong Dương Ly Lý Truong Trương Dinh Đinh Lam Lâm Mai Cao Doan
Hodžić Hodzic Hadžić Hadzic Begić Begic Delić Delic Kovačević Kovacevic Mehmedović Mehmedovic Husić Husic
Salihović Salihovic Hasanović Hasanovic Ibrahimović Ibrahimovic Jovanović Jovanovic Petrović Petrovic
Nikolić Nikolic Marković Markovic Đorđević Djordjevic Stojanović Stojanovic Ilić Ilic Popović Popovic
Krasniqi Gashi Berisha Morina Hoxha Shala Bytyqi Kastrati Rexhepi Hyseni Sadiku Kelmendi Zeqiri Osmani
Ahmeti Mustafa Rama Dervishi Leka Kola Musliu Beqiri Ismaili Haziri Bajrami Shehu Avdiu Sejdiu Hasani
"""

# Common German first/last names that Wiktionary also lists as nouns, but which in these notes almost always
# name a person: they count as names on their own.
FORCE_NAMES = """
Müller Schmidt Schneider Meyer Meier Wagner Becker Hoffmann Schulz Lehmann Krüger Neumann Zimmermann
Hartmann Werner Krause Lange Schmitz Köhler Hans Peter Eva Johannes Charlotte Hermann Fritz Franziska Erika
Esther Iris Anke Dirk Marie Jasmin Benjamin Vanessa Henry Minna Hugo Willi Lutz Kai Bertram Christin Pascal
Wolfram Amina Haile Nur
"""

# Names that are also ordinary words: they are masked only with a cue (Herr/Frau, a first name beside them,
# the session list). Extended automatically by every lexicon name that is a German noun or frequent word.
AMBIGUOUS_NAMES = """
Sommer Winter Herbst Frühling Fuchs Vogel Engel Jung Klein Ernst Frei Kurz Lang Braun Schwarz Weiß Weiss Roth
Groß Gross Koch Bauer Fischer Wolf Hahn Richter König Kaiser Graf Stern Berg Busch Bach Baum Kraft Glück
Freund Will Art Rose Mai Mann Herr Frau Sonne Stein Schäfer Weber Koch Krone Fink Kuhn Hase Adler Strauß
Hoffnung Mut Glaube Sieg Reich Arm Rahm Amt Liebe Friede Frieden
Newroz Nevroz Nowruz Nouruz Norouz Nevruz Bayram Silvester
"""

# Tokens no lexicon may treat as a name (German function words, our own labels, frequent false friends; the last
# line the pronouns, articles, auxiliaries and greetings of Low German, Berlin, Bavarian and Alemannic speech, which
# volunteers type as they speak: "dat is n dorf", "Ick nehm mit", "Hod an Elfer ghoitn", "des isch").
# (the last lines: car models and the chains of shops every town has, which a note names as often as a person:
# "fährt nen schwarzen Passat", "Vorstellungsgespräch bei Rewe"; no given name among them; and the spoken articles
# "nen", "nem", "ner", no doubts)
NOT_NAMES = """
Person Personen Telefon Adresse Datum Kennung Alter Ort Nummer Handle Kennzeichen URL IBAN Mail Email
Jobcenter Sprachkurs Glitzermoment Erschöpfung Ausländerbehörde Sozialamt Integrationskurs Kita Schule
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Juni Juli August
September Oktober November Dezember Jänner Feber Heute Gestern Morgen Danke Bitte Hallo Okay Ok Super
Ja Nein Nicht Auch Aber Und Oder Wenn Dann Weil Dass Als Wie Was Wer Wo Wir Ihr Sie Er Es Ich Du Man
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Im Am Um An In Zu Zum Zur Vom Von Bei Mit Nach Aus Auf
Für Über Unter Vor Hinter Neben Seit Bis Ohne Gegen Durch Noch Schon Sehr Viel Mehr Gut Gute Leider
Arzt Ärztin Amt Termin Brief Antrag Wohnung Miete Kind Kinder Familie Herr Frau Mann Sohn Tochter Gruppe
Thema Fall Runde Supervision Supervisorin Supervisor Lotse Lotsin Integrationslotse Integrationslotsin
Tag Woche Monat Jahr Stunde Minute Zeit Geld Hilfe Arbeit Job Praktikum Ausbildung Deutsch Deutschkurs
Anfang Ende Mitte Bus Bahn Zug Auto Team Chat Handy WhatsApp Signal Telegram Zoom Email Dolmetscher
Insta Instagram TikTok Snapchat Snap Facebook Threema Twitter
Dolmetscherin Bürgeramt Standesamt Landratsamt Gericht Polizei Klinik Praxis Tafel Kleiderkammer
BAMF Job-Center Jugendamt Familienkasse Krankenkasse Rathaus Caritas Diakonie Moschee Kirche Verein
Neu Neue Alte Alt Klar Genau Echt Vielleicht Eigentlich Trotzdem Deshalb Jetzt Immer Nie Manchmal Oft
Lieber Liebe Schön Toll Prima Schade Gott Inshallah Mama Papa Baba Oma Opa
Muslim Muslima Muslimin Ramadan Islam Christ Christen Jude Jesus Allah Kurde Kurdin Araber Roma Sinti
Zuckerfest Opferfest Iftar Fastenbrechen Ostern Weihnachten Diwali Chanukka Pessach
Balintgruppe Balint Reflecting Intervision Fallberatung Fallgeberin Fallgeber Genogramm Soziogramm
Phở Pho Injera Plov Borschtsch Manti Baklava Falafel Hummus Schawarma Shawarma Döner Chapati Fufu Jollof
Insta Instagram TikTok Snapchat Facebook FB Threema Messenger Jungs Mädels
Kurmanci Kurmandschi Sorani Farsi Dari Paschtu Pashto Urdu Tigrinya Amharisch Somali Arabisch Englisch
Französisch Russisch Ukrainisch Türkisch Albanisch Serbisch Bosnisch Vietnamesisch Persisch Kurdisch
Dat Wat Det Dit Ick Icke Nich Nix Keen Ooch Allet Isch Hod Hob Hom Hods Ned Net Koa Koan Scho Oiso Hoid Gell
Nimmi Woaß Griaß Pfiat Servus Guad Miad Hond Hend Gsi Bisch Hett Hebbt Un Ook Wullt
Passat Caddy Sprinter Corsa Astra Touran Zafira Berlingo Kangoo Sandero Yaris Tiguan Vectra Transit Ducato Vito
Twingo Meriva Insignia Micra Qashqai Auris Fiesta Touareg Multivan
Rewe Aldi Lidl Edeka Netto Kaufland Penny Rossmann Ikea Primark Kik Deichmann Tedi Woolworth
Nen Nem Ner
"""

# --- trigger words --------------------------------------------------------------------------------------

# Articles and possessive determiners: after one, a capitalised word is a noun ("die Wartezeit", "ihr Sohn").
# The name finder adds contractions and adverbs to them (names.DETERMINERS); the age rule uses them as they are.
ARTICLES = "der die das den dem des ein eine einer einen sein seine ihr ihre unser unsere"

# Salutations and titles: the capitalised token(s) after them name a person, whatever a lexicon says.
TITLES = """
herr herrn hr frau fr familie fam dr prof mr mrs ms madame monsieur mme
"""

# Kinship and role words: a following capitalised token that is a name or no German word names a person.
# kin words (the first lines), the jobs and offices (JOBS), and naming words
ROLES = (
    """
sohn sohnes tochter töchter söhne neffe neffen nichte bruder brüder schwester schwestern vater mutter eltern
onkel tante cousin cousine enkel enkelin ehemann ehefrau mann frau gatte gattin partner partnerin freund
freundin schwager schwägerin schwiegermutter schwiegervater schwiegersohn schwiegertochter kind kinder baby
stiefvater stiefmutter stiefsohn stieftochter großmutter großvater oma opa zwilling zwillinge geschwister
mama papa mami papi
"""
    + (
        JOBS := """
betreuer betreuerin dolmetscher dolmetscherin sprachmittler sprachmittlerin vermieter vermieterin
sachbearbeiter sachbearbeiterin lehrer lehrerin nachbar nachbarin kollege kollegin klient klientin
mentee mentor mentorin pate patin patenkind arzt ärztin hausarzt hausärztin anwalt anwältin rechtsanwalt
rechtsanwältin sozialarbeiter sozialarbeiterin lotse lotsin integrationslotse integrationslotsin erzieher
erzieherin hausmeister chef chefin mitbewohner mitbewohnerin ehrenamtliche ehrenamtlicher teilnehmer
teilnehmerin schüler schülerin vormund berater beraterin therapeut therapeutin psychologin psychologe
hebamme jobcoach fallmanager fallmanagerin vermittler vermittlerin ansprechpartner ansprechpartnerin
"""
    )
    + """
namens heißt genannt
"""
)

# Lowercase tokens that are never names in chat-style text, even if a lexicon lists them.
LOWER_STOP = """
ich du er sie es wir ihr man mit bei beim von vom zu zum zur im am an in auf aus und oder aber dann denn
heute morgen gestern war ist hat haben sind wird wurde mal nur noch schon sehr gut viel kurz lang jung
klein ernst frei will art rose mai mann nam long son tam van hoa lan thu can deniz ben tom tim jan finn
salam salem hoffnung glaube mehr gar kaum ham
"""

# "Jan." is January after these words or a day number ("seit Jan.", "3. Jan."), but a person in "mit Jan."
MONTH_ABBREVIATIONS = "jan feb mär mrz apr jun jul aug sep sept okt nov dez"
MONTH_ABBREVIATION_CUES = "seit ab bis im vom zum anfang mitte ende since"

# Salutations after which a capitalised noun or adjective is a surname ("Frau Frühling", "Herrn Froh"),
# unless it is itself a form of address ("Frau Doktor", "Herr Pfarrer").
SALUTATIONS = "herr herrn hr frau fr dr prof"
ADDRESS_NOUNS = """
doktor doktorin professor professorin pfarrer pfarrerin pastor pastorin minister ministerin
bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin direktor direktorin präsident
präsidentin rektor rektorin landrat landrätin abgeordnete vorsitzende kommissar kommissarin
"""

# Lowercase words that never follow "herr"/"frau" as a name, even when a lexicon lists them.
FUNCTION_WORDS = """
ich du er sie es wir ihr man mit bei beim von vom zu zum zur im am an in auf aus und oder aber dann denn
heute morgen gestern war ist hat haben sind wird wurde mal nur noch schon sehr gut viel mehr gar kaum
hier da dort so wie was wer wo nicht kein keine auch immer nie doch ja nein ob als wenn weil dass
mir mich dir dich uns euch ihm ihn ihnen ham
nen nem ner
"""

NAME_PARTICLES = """
von van de der den del della di da dos du zu al el ul bin ibn ben bint abu abd abdel abdul ould le la ter ten
"""

# --- places ---------------------------------------------------------------------------------------------

# Kinds of place whose own name identifies a workplace, school or home: "Kita Pusteblume", "Hotel
# Brockenblick", "Autohaus Kaiser". The kind stays readable, the name is masked.
FACILITIES = """
Kita Kindergarten Kindertagesstätte Hort Grundschule Sekundarschule Gesamtschule Gemeinschaftsschule
Gymnasium Förderschule Berufsschule Berufsbildende Oberschule Realschule Hauptschule Schule Hotel Pension
Gasthaus Gasthof Gaststätte Restaurant Café Cafe Imbiss Bäckerei Fleischerei Metzgerei Autohaus Werkstatt
Seniorenzentrum Seniorenheim Pflegeheim Altenheim Pflegedienst Klinik Klinikum Praxis Apotheke Firma
Supermarkt Spedition Friseursalon Friseur Salon Wohnheim Gemeinschaftsunterkunft Unterkunft Heim Zentrum
Stiftung Betrieb Reinigungsfirma Baufirma Pflegeschule Sprachschule
Wohngruppe Kolleg Berufskolleg Bücherei Stadtbücherei Bibliothek Physiotherapie Ergotherapie Logopädie
Gebäudereinigung Fahrschule Kirchengemeinde Pfarrgemeinde Frauencafé Sprachcafé Elterncafé Krankenhaus
Jugendzentrum Jugendhaus Kinderheim Familienzentrum Nagelstudio Tagespflege
Kinderhaus Pfarrei Kirchgemeinde Manufaktur IGS KGS BBS MVZ Kanzlei
Frauenhaus Moschee Kiosk Hofladen Verein Treff Beratungsstelle Ambulanz Krippe Kinderkrippe Hospiz Jugendclub
Sanitätshaus Feuerwehr Jugendfeuerwehr DLRG Reha
Gärtnerei Brauerei Tischlerei Schreinerei Stätte
Zahnmedizin Hausarztpraxis Kinderarztpraxis Zahnarztpraxis Gemeinschaftspraxis
"""
# Medicine's fields, which name a practice or an institute by a town or a surname after them ("Radiologie Passau",
# "Physio Sommer", "Pathologie Lüneburg"), never by an ordinary word ("Radiologie Befund", "Physio Rezept")
FIELDS = """
Physio Radiologie Orthopädie Psychotherapie Kardiologie Dermatologie Gynäkologie Urologie Neurologie Pädiatrie
Pathologie Nephrologie Onkologie Pneumologie Gastroenterologie Rheumatologie Nuklearmedizin Schlaflabor
"""
FACILITIES += FIELDS

# The abbreviations German sports clubs are named with, before their town or name ("TSV Malente", "SV Blau-Weiß
# Bürstadt", "VfL Pinneberg"): a club names a small place a person can be found at.
CLUB_KINDS = """
tsv sv fc vfl vfb vfr sc tus sg fsv spvgg tsg ssv esv mtv tv bsv djk fv ff hsg jsg spg
"""

# The old names German clubs take before their town ("Eintracht Lüderitz", "Germania Ohlsdorf"), casefolded.
CLUB_NAMES = """
eintracht borussia fortuna germania concordia viktoria victoria alemannia arminia teutonia preußen
rot-weiß blau-weiß grün-weiß schwarz-weiß einheit union dynamo lokomotive aufbau empor traktor turbine vorwärts
fortschritt rotation olympia hansa wacker tasmania lok stahl motor chemie energie aktivist rotor post
"""

# Towns and cities to mask (origin cities, and the sample county's towns). Separated by ";".
PLACES = """
Aleppo;Halab;Damaskus;Damascus;Homs;Hama;Idlib;Raqqa;Rakka;Afrin;Kobane;Kobani;Qamischli;Qamishli;Hasaka;
Deir ez-Zor;Deir;Latakia;Daraa;Dara;Tartus;Palmyra;Kabul;Herat;Mazar-i-Sharif;Masar-e Scharif;Kandahar;
Dschalalabad;Jalalabad;Kundus;Kunduz;Ghazni;Bamiyan;Bagdad;Baghdad;Mossul;Mosul;Erbil;Arbil;Sindschar;Sinjar;
Shingal;Schingal;Dohuk;Duhok;Kirkuk;Basra;Sulaimaniyya;Sulaymaniyah;Teheran;Tehran;Maschhad;Mashhad;Isfahan;
Schiras;Shiraz;Täbris;Tabriz;Asmara;Keren;Massawa;Mendefera;Addis Abeba;Mekele;Mekelle;Gondar;Mogadischu;
Mogadishu;Hargeisa;Kismayo;Baidoa;Lagos;Abuja;Kano;Conakry;Freetown;Dakar;Bamako;Accra;Kumasi;Monrovia;
Abidjan;Lomé;Kiew;Kyjiw;Kyiv;Charkiw;Kharkiv;Odessa;Odesa;Dnipro;Mariupol;Lwiw;Lviv;Saporischschja;
Zaporizhzhia;Cherson;Kherson;Mykolajiw;Sumy;Poltawa;Tschernihiw;Butscha;Irpin;Moskau;Grosny;Tiflis;Eriwan;
Istanbul;Ankara;Gaziantep;Diyarbakır;Diyarbakir;Izmir;Van;Urfa;Şanlıurfa;Mardin;Hanoi;Saigon;Haiphong;
Sarajevo;Belgrad;Priština;Pristina;Prizren;Skopje;Tirana;Tuzla;Mostar;Bihać;Bihac;Zenica;Peshawar;Karachi;
Quetta;Lahore;Khartum;Khartoum;Tripolis;Bengasi;
Halberstadt;Wernigerode;Quedlinburg;Blankenburg;Thale;Ilsenburg;Osterwieck;Oschersleben;Aschersleben;
Harzgerode;Ballenstedt;Hasselfelde;Benneckenstein;Elbingerode;Derenburg;Gernrode;Wegeleben;Schwanebeck;
Harsleben;Dardesheim;Badersleben;Ströbeck;Langenstein;Emersleben;Dingelstedt;Zilly;Abbenrode;Stapelburg;
Veckenstedt;Wasserleben;Heudeber;Danstedt;Minsleben;Silstedt;Benzingerode;Heimburg;Timmenrode;Cattenstedt;
Hüttenrode;Rübeland;Allrode;Treseburg;Neinstedt;Weddersleben;Warnstedt;Westerhausen;Suderode;Badeborn;
Radisleben;Meisdorf;Pansfelde;Stiege;Güntersberge;Schierke;Drei Annen Hohne;Sargstedt;Aspenstedt;Athenstedt;
Anderbeck;Dedeleben;Vogelsdorf;Rohrsheim;Hessen am Fallstein;Osterode am Fallstein;Hoppenstedt;Berßel;
Lüttgenrode;Deersheim;Wülperode;Göddeckenrode;Rhoden;Hedersleben;Gatersleben;Ditfurt;Quarmbeck;
Magdeburg;Halle;Dessau;Wittenberg;Stendal;Goslar;Braunschweig;Hannover;Göttingen;Leipzig;Dresden;Erfurt;
Nordhausen;Sangerhausen;Staßfurt;Schönebeck;Bernburg;Köthen;Zerbst;Burg;Genthin;Salzwedel;Gardelegen
"""

# Toponyms that stay: countries, regions and continents carry useful context and identify no one.
KEEP_PLACES = """
Deutschland Syrien Afghanistan Irak Iran Türkei Eritrea Äthiopien Somalia Nigeria Guinea Gambia Ghana
Senegal Mali Kamerun Sudan Jemen Libanon Jordanien Ägypten Libyen Tunesien Marokko Algerien Pakistan Indien
Ukraine Russland Belarus Moldau Georgien Armenien Aserbaidschan Vietnam China Kosovo Albanien Serbien
Bosnien Montenegro Mazedonien Nordmazedonien Kroatien Polen Rumänien Bulgarien Griechenland Italien
Frankreich Spanien Österreich Schweiz Niederlande Belgien Dänemark Schweden Norwegen England Europa Afrika
Asien Amerika Kurdistan Palästina Sachsen-Anhalt Sachsen Thüringen Niedersachsen Bayern Hessen Berlin
Hamburg Bremen Harz Nordrhein-Westfalen Brandenburg Mecklenburg-Vorpommern Schleswig-Holstein Saarland
Rheinland-Pfalz Baden-Württemberg Elbe Bode Mittelmeer Balkan Orient Nahost Westafrika Ostafrika Tigray
Darfur Kurdistan Rojava Donbas Donbass Krim Somaliland Europa Lampedusa Libyen
Mauretanien Elfenbeinküste Kongo Tschad Niger Benin Togo Liberia Uganda Kenia Tansania Ruanda Burundi
Südsudan Dschibuti Tadschikistan Usbekistan Turkmenistan Kasachstan Kirgisistan Bangladesch Nepal Myanmar
Kuwait Katar Israel Zypern Venezuela Kolumbien Kuba Tschetschenien Dagestan Gaza Westjordanland Iran Irak
Farsi Dari Kurmanci Sorani Paschtu
Franken Oberfranken Mittelfranken Unterfranken Schwaben Pfalz Oberpfalz Oberbayern Niederbayern Allgäu
Ostfriesland Emsland Sauerland Eifel Westerwald Schwarzwald Rheinland Westfalen Ruhrgebiet Altmark Börde
Anhalt Eichsfeld Vogtland Erzgebirge Lausitz Oberlausitz Uckermark Prignitz Spreewald Rhön Hunsrück
"""

# --- special categories (Art. 9 / Art. 10 GDPR) -------------------------------------------------------------

# category -> word stems (lowercase; a stem matches at a word start and may be followed by letters)
SPECIAL_CATEGORIES: dict[str, str] = {
    "gesundheit": """
        krank krankheit erkrank diagnos depress trauma traumat ptbs ptsd psychiat psychoth psychisch psychose
        panikattack angststörung suizid selbstmord selbstverletz ritzen diabet hiv aids hepatitis tuberkul
        krebs tumor chemo schwanger fehlgeburt abtreib behinder rollstuhl epileps asthma medikament tabletten
        antidepress klinik krankenhaus notaufnahme operation operiert dialyse schmerzmittel sucht alkoholkrank
        drogenabh therapie therapeut infekt corona covid schlafstörung albtr essstörung demenz schlaganfall
        herzinfarkt blind gehörlos taub autis adhs sehbehind ärztlich attest
    """,
    "religion": """
        muslim muslimisch islam islamisch moschee koran ramadan kopftuch hidschab hijab christ christlich
        kirche getauft taufe konvert orthodox katholisch evangelisch jesid yezid ezid jude jüdisch synagoge
        alevit schiit sunnit buddhist hindu imam pfarrer gebet beten religiös religion glaube atheist
    """,
    "herkunft": """
        kurde kurdin kurdisch paschtun hazara tadschik usbek belutsch tigray tigrinya amhar oromo tigre
        roma sinti romni araber arabisch turkmen tscherkess assyr chaldä drus ethnisch hautfarbe schwarze
        rassis jeside jesidin
    """,
    "sexualität": """
        schwul lesbisch bisexuell homosexuell queer transgender transsexuell transfrau transmann lgbt
        nichtbinär intersexuell sexuelle orientierung
    """,
    "politik": """
        politisch verfolgt opposition regimekritik aktivist demonstrant partei gewerkschaft
    """,
    "strafrecht": """
        haft gefängnis inhaftiert strafanzeige straftat verurteilt vorbestraft bewährung festgenommen
        festnahme ermittlungsverfahren
    """,
}

# Finite verbs that follow their subject at the start of a sentence ("Jung hat gesagt"), and the pronouns that
# are the subject after such a verb when an adverb leads ("Kurz hat es geregnet"): see names._recalled.
SUBJECT_VERBS = """
hat hatte ist war sagt sagte meint meinte kam kommt will wollte wird wurde kann konnte muss musste soll sollte
darf möchte ruft rief schreibt schrieb fragt fragte erzählt erzählte braucht brauchte geht ging wohnt wohnte
lebt lebte arbeitet arbeitete weiß wusste findet fand hilft half macht machte
"""
SUBJECT_PRONOUNS = "ich du er sie es wir ihr man das dies der die"

# Verbs of saying, asking and proposing: a person is their subject.
SPEECH_VERBS = """
sagt sagte meint meinte fragt fragte erzählt erzählte ruft rief schreibt schrieb berichtet berichtete erklärt
erklärte antwortet antwortete schlägt schlug widerspricht widersprach betont betonte bittet bat erwähnt erwähnte
"""

# Words that can begin a subject in the nominative besides the pronouns (articles, possessives, quantifiers).
NOMINATIVE_STARTS = """
ein eine kein keine mein meine dein deine sein seine unser unsere euer eure dieser diese dieses jeder jede
jedes alle beide viele einige manche niemand jemand keiner nichts alles was wer
"""

# Words that open an answer before "hier" and sign nothing ("alles hier ist neu", "gut hier 👍"): see
# names._signature, which takes any other first word before "hier" and an emoji or a comma for a name.
NOT_SIGNATURES = """
ich wir du ihr er sie es man alles alle keiner niemand jemand hallo hi hey moin servus liebe lieben nichts
was wer wie wo da dort auch immer nur noch schon jetzt heute gestern morgen bin sind ist war gut schön super
toll müde ruhig kalt warm laut voll leer ok okay
"""

# Endings of medical terms and of drug names that the endings derived from the medical dictionaries
# (lexicon._medical_endings) do not give: German forms of Greek endings that some name shares in its last four
# letters (-lyse: Elyse; -algie), and the WHO's INN stems of drugs the dictionaries are too old or too few for
# (-flozin, -xaban, -gatran). Endings that names have too (-ose: Ambrose; -oma: Paloma) are left out.
MEDICAL_ENDINGS = """
logien graphie plastik diagnostik algie ämie urie itis lyse zyten zyt flozin sartan statin mab nib cillin
floxacin triptan setron parin xaban gatran tidin olon ason sulfon semid navir formin lukast
tomie stomie skopie metrie pathie plegie parese plasie trophie kinesie phagie phasie opsie ptose rrhagie sklerose
stenose ektasie iasis penie zytose philie phakie morphie
chirurgie medizin heilkunde therapie iatrie
"""

# Car makes: the word after one is a model, not a person ("Opel Astra", "VW Passat"); see names._things.
CAR_MAKES = """
Opel VW Volkswagen Ford Skoda Škoda Dacia Toyota BMW Audi Mercedes Renault Peugeot Fiat Seat Hyundai Kia Nissan
Citroën Citroen Mazda Honda Suzuki Volvo Mitsubishi Lada Porsche Tesla Smart Mini Jeep Chevrolet Subaru
"""
# common models, named for the car as a make is ("hat nen alten golf gekauft")
CAR_MODELS = """
golf polo passat touran caddy corsa astra zafira fiesta focus fabia octavia yaris corolla clio megane twingo
punto panda sandero duster sprinter vito crafter transit
"""
# Verbs after which a capitalised unknown word is a dish or a drink ("es gab Dolma", "tranken Tschai").
FOOD_VERBS = """
gab gibt gab's gibt's essen aßen isst aß gegessen trinken tranken trinkt trank getrunken kochen kochte kocht
gekocht backen backte gebacken bringt brachte mitgebracht probiert probierten serviert servierte
"""

# --- forms of one given name ------------------------------------------------------------------------------

# One line per given name: its Russian, Ukrainian and Belarusian forms and their everyday short forms (one
# person is "Oleksandr" in the papers and "Sascha" to everybody). Spellings of one form need no line: German and
# English transliterations compare equal anyway (`spelling._transliteration_key`: "Wolodymyr" = "Volodymyr").
# A short form that belongs to two names stands on both lines ("Sascha": Alexander and Alexandra) and links only
# where one person of the session fits.
NAME_FORMS = """
alexander alexandr aleksandr oleksandr aliaksandr sascha sanja schura
alexandra aleksandra oleksandra aliaksandra sascha schura
alexei aleksej oleksij aljoscha
anatoli anatolij tolja
andrei andrej andrij andrjuscha
anastasia anastasija nastja nastia
darja daria darija dascha
dmitri dmitrij dmytro dzmitry dima
galina halyna galja halja
jekaterina ekaterina kateryna katsiaryna katja katia katerina
jelena elena olena alena aliona
jewgeni jewgenij evgeni jewhen jauhen shenja schenja zhenia
jewgenija evgenia jewhenija shenja schenja zhenia
iwan ivan iwanko wanja vania
igor ihar ihor
irina iryna ira
juri jurij yuri yurii jura
ljudmila ludmila liudmyla ljuda luda
maria marija marja mascha
michail mikhail mychajlo mykhailo michas mischa
natalia natalja natalija nataliya natascha
nadeschda nadezhda nadija nadja
nikolai mykola mikalai kolja
olga olha volha olja olia
pawel pavel pavlo paval pascha
pjotr pyotr petro piotr petja
sergei sergej sergij serhij serhii siarhei serjoscha serjozha
swetlana svetlana switlana sviatlana sveta
tatjana tatiana tetiana tatsiana tanja tania
viktor wiktor witja vitia
wladimir vladimir volodymyr uladzimir wolodja wowa vova
wjatscheslaw vyacheslav slawa slava
jaroslaw yaroslav slawa slava
"""

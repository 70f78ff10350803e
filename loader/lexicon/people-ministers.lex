# Office holders of 2000-2025 whom communiqués name below the heads of
# international bodies and the best-known heads of state (those are in
# people-world.lex): foreign ministers of every region, defence and interior
# ministers of states at war or in peace processes, heads of state and
# government and vice-presidents not in people-world.lex, the envoys,
# special representatives, heads of missions, force commanders and
# commissioners of the UN and the regional bodies, mediators of peace talks,
# and the leaders of the armed groups, opposition movements and de facto
# authorities of the period's conflicts (issue 10). Names only: roles are
# read from the text.
#
# As in people-past.lex, a family name alone is not an alias: most of
# these names are shared ("Sharif", "Barzani", "Al Thani", "Shinawatra")
# or written in full with a patronymic or a middle name the lexicon does
# not list, and the longest lexicon name wins, so a bare family name would
# cut such a name short. Nor is a given name alone, nor a name that is a
# place or starts one: a person whose name is also a town is here only in
# full ("Leonardo Santos Simão", not "Santos"). One-word names are kept
# ("Sugiono").

# --- The United Nations: deputies, under-secretaries-general, agency heads
Person | Asha-Rose Migiro | Asha-Rose Mtengeti Migiro
Person | Jeffrey Feltman | Jeffrey D. Feltman
Person | Jean-Marie Guéhenno
Person | Hervé Ladsous
Person | Valerie Amos | Baroness Amos; Valerie Ann Amos
Person | Jan Egeland
Person | Mary Robinson
Person | Pierre Krähenbühl
Person | Robert Mardini
Person | António Vitorino
Person | Virginia Gamba
Person | Margot Wallström
Person | Zainab Hawa Bangura | Zainab Bangura
Person | Pramila Patten
Person | Phumzile Mlambo-Ngcuka
Person | Miroslav Jenča
Person | Riyad Mansour

# --- The United Nations: envoys, special representatives, heads of missions
Person | Jean Arnault
Person | Carlos Ruiz Massieu
Person | Martin Kobler
Person | Bernardino León | Bernardino Leon Gross
Person | Tarek Mitri | Tarek Mitry
Person | Ian Martin
Person | Abdel-Elah Al-Khatib | Abdul Ilah al-Khatib; Abdelelah al-Khatib
Person | Jamal Benomar
Person | Ismail Ould Cheikh Ahmed | Ismail Ould Sheikh Ahmed
Person | Maman Sidikou | Maman Sambo Sidikou
Person | Leila Zerrougui
Person | Huang Xia
Person | Bert Koenders | Albert Gerard Koenders
Person | Mahamat Saleh Annadif | Mahamat Saleh Anadif
Person | El-Ghassim Wane
Person | Babacar Gaye
Person | Mankeur Ndiaye
Person | Valentine Rugwabiza
Person | Hilde Frafjord Johnson | Hilde F. Johnson
Person | Ellen Margrethe Løj | Ellen Margrethe Loj
Person | David Shearer
Person | Sigrid Kaag
Person | Robert Serry
Person | Augustine Mahiga | Augustine Philip Mahiga
Person | Nicholas Kay
Person | Michael Keating
Person | James Swan
Person | Ibrahim Gambari | Ibrahim Agboola Gambari
Person | Horst Köhler
Person | Alexander Downer
Person | Espen Barth Eide
Person | María Ángela Holguín | Maria Angela Holguin Cuellar
Person | Christine Schraner Burgener
Person | Noeleen Heyzer
Person | Julie Bishop
Person | Michel Kafando
Person | Edmond Mulet
Person | Helen La Lime | Helen Meagher La Lime
Person | Leonardo Santos Simão | Leonardo Simão
Person | François Louncény Fall | Francois Lonseny Fall
Person | Valentin Inzko
Person | Robert Mood
Person | Mohammed Ahmed Mustafa al-Dabi | Mohammed al-Dabi; Mohammed Ahmed al-Dabi; Mustafa al-Dabi

# --- UN and regional force commanders
Person | Carlos Alberto dos Santos Cruz
Person | Martin Luther Agwai
Person | Stefano Del Col
Person | Aroldo Lázaro | Aroldo Lázaro Sáenz
Person | Balla Keïta

# --- The African Union, IGAD, ECOWAS, SADC, the EAC and ECCAS
Person | Erastus Mwencha | Erastus J. O. Mwencha
Person | Monique Nsanzabaganwa
Person | Selma Malika Haddadi
Person | Francisco Madeira | Francisco Caetano José Madeira
Person | Souef Mohamed El-Amine | Mohamed El-Amine Souef
Person | Mohamed El Hacen Lebatt | Mohamed Hacen Lebatt; Mohamed el-Hassan Lebatt
Person | Kalonzo Musyoka | Stephen Kalonzo Musyoka
Person | Ismail Wais
Person | Abdel-Fatau Musah
Person | Kgalema Motlanthe

# --- The European Union: commissioners, EEAS and Special Representatives
Person | Sven Koopmans
Person | Annette Weber
Person | Emanuela Del Re | Emanuela Claudia Del Re
Person | Toivo Klaar
Person | Pierre Morel
Person | Eamon Gilmore
Person | Janez Lenarčič

# --- NATO, the OSCE and the Council of Europe
Person | Mircea Geoană
Person | David Petraeus | David H. Petraeus
Person | Ertuğrul Apakan
Person | Yaşar Halit Çevik
Person | Heidi Tagliavini
Person | Martin Sajdik
Person | Alain Berset

# --- The Arab League, the OIC, the GCC, ASEAN, the OAS, the Commonwealth
Person | Le Luong Minh
Person | Erywan Yusof | Dato Erywan Pehin Yusof; Erywan Pehin Yusof
Person | Alounkeo Kittikhoun
Person | Patricia Scotland | Baroness Scotland; Baroness Scotland of Asthal
Person | Shirley Ayorkor Botchwey | Shirley Botchwey

# --- North Africa and Egypt
Person | Ahmed Attaf
Person | Abdelkader Messahel
Person | Nasser Bourita
Person | Othman Jerandi
Person | Nabil Ammar
Person | Béji Caïd Essebsi | Beji Caid el-Sebsi
Person | Moussa Koussa
Person | Najla Mangoush | Najla el-Mangoush
Person | Mohamed Taha Siala | Mohamed Siala
Person | Mustafa Abdul Jalil | Mustafa Abdel Jalil; Mustafa Abdeljalil
Person | Mahmoud Jibril | Mahmoud Jebril
Person | Ali Zeidan
Person | Abdullah al-Thinni | Abdullah al-Thani; Abdallah al-Thinni
Person | Fathi Bashagha | Fathi Bashaga
Person | Osama Hammad
Person | Khaled al-Mishri | Khalid al-Mishri
Person | Saif al-Islam Gaddafi | Saif al-Islam Qaddafi; Saif al-Islam al-Gaddafi
Person | Badr Abdelatty | Badr Abdel Aty; Badr Abdelaty
Person | Mohamed Morsi | Mohammed Morsi; Mohamed Mursi
Person | Mostafa Madbouly | Moustafa Madbouly
Person | Adly Mansour
Person | Abbas Kamel

# --- Sudan and South Sudan
Person | Ibrahim Ghandour
Person | Asma Mohamed Abdalla
Person | Mariam al-Sadiq al-Mahdi | Mariam al-Mahdi; Mariam Al-Sadig Al-Mahdi
Person | Lam Akol | Lam Akol Ajawin
Person | Kamil Idris | Kamil Eltayeb Idris
Person | Shams al-Din Kabbashi | Shamseddin Kabbashi; Shams El Din Kabashi
Person | Yasser al-Atta | Yasir al-Atta
Person | Malik Agar | Malik Agar Ayre
Person | Abdel Aziz al-Hilu | Abdelaziz al-Hilu; Abdel-Aziz Adam al-Hilu
Person | Yasir Arman | Yasser Arman
Person | Jibril Ibrahim | Gibril Ibrahim; Jibril Ibrahim Mohamed
Person | Al-Hadi Idris | Elhadi Idris
Person | Taher Hajar | Al-Taher Hajar
Person | Salah Gosh | Salah Abdallah Gosh
Person | Khalid Omer Yousif | Khalid Omer Youssef
Person | Nhial Deng Nhial
Person | Barnaba Marial Benjamin
Person | Deng Alor Kuol | Deng Alor
Person | Mayiik Ayii Deng
Person | Beatrice Khamisa Wani | Beatrice Wani-Noah
Person | James Wani Igga
Person | Taban Deng Gai
Person | Rebecca Nyandeng de Mabior | Rebecca Nyandeng Garang
Person | Pagan Amum | Pagan Amum Okiech
Person | Hussein Abdelbagi | Hussein Abdelbagi Akol
Person | Paul Malong Awan | Paul Malong
Person | Thomas Cirillo Swaka | Thomas Cirillo
Person | Kuol Manyang Juuk
Person | Michael Makuei Lueth | Michael Makuei
Person | Tut Gatluak | Tut Gatluak Manime

# --- The Horn of Africa
Person | Demeke Mekonnen | Demeke Mekonnen Hassen
Person | Taye Atske Selassie
Person | Gedion Timothewos | Gedion Timothewos Hessebon
Person | Hailemariam Desalegn | Hailemariam Dessalegn
Person | Sahle-Work Zewde
Person | Redwan Hussien | Redwan Hussein
Person | Debretsion Gebremichael | Debretsion Gebremikael
Person | Getachew Reda
Person | Tsadkan Gebretensae | Tsadkan Gebretinsae
Person | Osman Saleh Mohammed
Person | Yemane Gebremeskel
Person | Abdoulkader Kamil Mohamed
Person | Ahmed Moalim Fiqi | Ahmed Moallim Fiqi
Person | Hassan Ali Khaire
Person | Mohamed Hussein Roble
Person | Hamza Abdi Barre
Person | Ahmed Abdi Godane | Mukhtar Abu Zubeyr
Person | Mukhtar Robow | Mukhtar Robow Ali
Person | Muse Bihi Abdi
Person | Abdirahman Mohamed Abdullahi | Abdirahman Irro
Person | Said Abdullahi Deni | Said Abdullahi Dani
Person | Ahmed Mohamed Islam Madobe | Ahmed Madobe; Ahmed Mohamed Islam

# --- East Africa and the Great Lakes
Person | Amina Mohamed | Amina Chawahir Mohamed
Person | Raychelle Omamo | Raychelle Awour Omamo
Person | Musalia Mudavadi | Wycliffe Musalia Mudavadi
Person | Sam Kutesa | Sam Kahamba Kutesa
Person | Jeje Odongo | Abubakhar Jeje Odongo
Person | Henry Oryem Okello
Person | Louise Mushikiwabo
Person | Vincent Biruta
Person | Olivier Nduhungirehe
Person | Albert Shingiro
Person | Christophe Lutundula | Christophe Lutundula Apala
Person | Thérèse Kayikwamba Wagner
Person | Sama Lukonde | Jean-Michel Sama Lukonde
Person | Judith Suminwa | Judith Suminwa Tuluka
Person | Vital Kamerhe
Person | Sultani Makenga
Person | Bosco Ntaganda
Person | Corneille Nangaa | Corneille Nangaa Yobeluo
Person | Bertrand Bisimwa

# --- Central and West Africa
Person | Sylvie Baïpo-Temon
Person | Michel Djotodia | Michel Am-Nondokro Djotodia
Person | Catherine Samba-Panza
Person | Nicolas Tiangaye
Person | Félix Moloua
Person | Noureddine Adam | Nourredine Adam
Person | Ali Darassa | Ali Darassa Mahamat
Person | Mahamat Zene Cherif | Chérif Mahamat Zene
Person | Albert Pahimi Padacké
Person | Succès Masra
Person | Abderaman Koulamallah
Person | Lejeune Mbella Mbella
Person | Geoffrey Onyeama
Person | Yusuf Tuggar | Yusuf Maitama Tuggar
Person | Goodluck Jonathan | Goodluck Ebele Jonathan
Person | Yemi Osinbajo | Oluyemi Osinbajo
Person | Abubakar Shekau
Person | John Dramani Mahama | John Mahama
Person | Samuel Okudzeto Ablakwa
Person | Yassine Fall
Person | Ousmane Sonko
Person | Abdoulaye Diop
Person | Soumeylou Boubèye Maïga
Person | Moctar Ouane
Person | Choguel Kokalla Maïga | Choguel Maiga
Person | Bah Ndaw
Person | Dioncounda Traoré
Person | Cheick Modibo Diarra
Person | Sadio Camara
Person | Iyad Ag Ghaly | Iyad ag Ghali
Person | Amadou Koufa | Amadou Kouffa
Person | Bilal Ag Acherif
Person | Alghabass Ag Intalla
Person | Olivia Rouamba
Person | Roch Marc Christian Kaboré | Roch Kaboré
Person | Paul-Henri Sandaogo Damiba | Paul-Henri Damiba
Person | Apollinaire Joachim Kyélem de Tambèla | Apollinaire Kyélem de Tambèla
Person | Hassoumi Massaoudou
Person | Bakary Yaou Sangaré
Person | Mahamadou Issoufou
Person | Ali Mahamane Lamine Zeine | Ali Lamine Zeine
Person | Alpha Condé
Person | Morissanda Kouyaté
Person | Sara Beysolow Nyanti
Person | Joseph Boakai | Joseph Nyuma Boakai
Person | Timothy Musa Kabba | Timothy Kabba
Person | Mamadou Tangara
Person | Yahya Jammeh
Person | José Mário Vaz
Person | Mohamed Ould Abdel Aziz
Person | Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani
Person | Robert Dussey
Person | Shegun Adjadi Bakari
Person | Ali Bongo Ondimba | Ali Bongo
Person | Brice Clotaire Oligui Nguema | Brice Oligui Nguema
Person | Jean-Claude Gakosso

# --- Southern Africa
Person | Téte António
Person | Verónica Macamo
Person | Daniel Chapo | Daniel Francisco Chapo
Person | Ossufo Momade
Person | Hakainde Hichilema
Person | Frederick Shava
Person | Constantino Chiwenga
Person | Naledi Pandor | Grace Naledi Mandisa Pandor
Person | Ronald Lamola
Person | Netumbo Nandi-Ndaitwah
Person | Azali Assoumani
Person | Brahim Ghali
Person | Mohamed Salem Ould Salek

# --- The Gulf and the Arabian Peninsula
Person | Khalid bin Salman | Khalid bin Salman Al Saud
Person | Anwar Gargash | Anwar Mohammed Gargash
Person | Tahnoun bin Zayed Al Nahyan | Tahnoun bin Zayed
Person | Mohammed bin Abdulaziz Al-Khulaifi | Mohammed Al-Khulaifi
Person | Ahmed bin Abdullah Al Mahmoud
Person | Sabah Al-Khalid Al-Sabah | Sabah Khalid Al-Hamad Al-Sabah
Person | Ahmad Nasser Al-Mohammad Al-Sabah | Ahmad Nasser Al-Sabah
Person | Khalid bin Ahmed Al Khalifa | Khalid bin Ahmed bin Mohammed Al Khalifa
Person | Ahmed Awad bin Mubarak | Ahmed bin Mubarak
Person | Shaya al-Zindani | Shaya Mohsen al-Zindani
Person | Maeen Abdulmalik | Maeen Abdulmalik Saeed
Person | Ali Mohsen al-Ahmar
Person | Mahdi al-Mashat | Mahdi al-Mashaat
Person | Mohammed Abdulsalam | Mohammed Abdul Salam
Person | Tareq Saleh | Tariq Saleh; Tareq Mohammed Abdullah Saleh
Person | Sultan al-Arada | Sultan al-Aradah

# --- Iraq, the Levant, Israel and Palestine
Person | Haider al-Abadi | Haidar al-Abadi
Person | Adil Abdul-Mahdi | Adel Abdul Mahdi
Person | Nechirvan Barzani
Person | Masrour Barzani
Person | Barham Salih | Barham Saleh
Person | Abdul Latif Rashid | Abdul Latif Jamal Rashid
Person | Mohammed al-Halbousi | Mohamed al-Halbousi
Person | Hadi al-Amiri
Person | Abu Mahdi al-Muhandis
Person | Nasser Judeh
Person | Gebran Bassil
Person | Abdallah Bou Habib
Person | Youssef Raggi | Youssef Rajji
Person | Asaad al-Shaibani | Asaad Hassan al-Shaibani; Asad al-Shaibani
Person | Riyad al-Maliki | Riad Malki; Riyad al-Malki
Person | Mohammad Shtayyeh | Mohammad Shtayeh; Mohammed Shtayyeh
Person | Mohammad Mustafa
Person | Varsen Aghabekian | Varsen Aghabekian Shahin
Person | Hussein al-Sheikh
Person | Jibril Rajoub
Person | Marwan Barghouti
Person | Khalil al-Hayya | Khalil al-Hayyah
Person | Mousa Abu Marzouk | Moussa Abu Marzouk
Person | Saleh al-Arouri | Saleh al-Aruri
Person | Mohammed Deif | Mohammed Dief
Person | Ziyad al-Nakhalah | Ziad al-Nakhalah; Ziad Nakhaleh
Person | Avigdor Lieberman | Avigdor Liberman
Person | Yair Lapid
Person | Naftali Bennett
Person | Israel Katz
Person | Gideon Sa'ar
Person | Benny Gantz
Person | Yoav Gallant

# --- Turkey and Iran
Person | İbrahim Kalın | Ibrahim Kalin
Person | Ali Larijani
Person | Saeed Jalili
Person | Ali Shamkhani
Person | Qasem Soleimani | Qassem Soleimani; Qassim Suleimani; Qasem Suleimani
Person | Esmail Qaani | Ismail Qaani; Esmail Ghaani
Person | Ali Bagheri Kani | Ali Bagheri

# --- South and Central Asia
Person | Mohammad Haneef Atmar | Hanif Atmar; Mohammad Hanif Atmar
Person | Amrullah Saleh
Person | Abdul Ghani Baradar | Mullah Abdul Ghani Baradar; Mullah Baradar; Abdul Ghani Biradar
Person | Sirajuddin Haqqani
Person | Sher Mohammad Abbas Stanikzai | Sher Mohammad Abbas Stanekzai
Person | Mohammad Yaqoob | Mullah Mohammad Yaqoob; Mohammad Yaqoob Mujahid
Person | Suhail Shaheen
Person | Ahmad Massoud | Ahmad Massoud Jr.
Person | Hina Rabbani Khar
Person | Khawaja Muhammad Asif | Khawaja Asif
Person | Bilawal Bhutto Zardari | Bilawal Bhutto
Person | Ishaq Dar | Mohammad Ishaq Dar
Person | Qamar Javed Bajwa
Person | Noor Wali Mehsud
Person | Ajit Doval
Person | A. K. Abdul Momen | AK Abdul Momen; Abul Kalam Abdul Momen
Person | Hasan Mahmud
Person | Muhammad Yunus
Person | G. L. Peiris | Gamini Lakshman Peiris
Person | Ali Sabry
Person | Vijitha Herath
Person | S. P. Thamilselvan | Suppaiya Paramu Thamilselvan
Person | Pushpa Kamal Dahal
Person | K. P. Sharma Oli | KP Sharma Oli; Khadga Prasad Sharma Oli
Person | Sher Bahadur Deuba
Person | Kassym-Jomart Tokayev | Kassym-Jomart Tokaev
Person | Bakhtiyor Saidov

# --- East and Southeast Asia and the Pacific
Person | Wunna Maung Lwin
Person | Duwa Lashi La
Person | Mahn Win Khaing Than | Mahn Winn Khaing Thann
Person | Zaw Min Tun
Person | Zin Mar Aung
Person | Twan Mrat Naing
Person | Don Pramudwinai
Person | Maris Sangiampongsa
Person | Thaksin Shinawatra
Person | Prayut Chan-o-cha | Prayuth Chan-ocha; Prayut Chan-ocha
Person | Saleumxay Kommasith
Person | Bui Thanh Son
Person | Mohamad Hasan | Mohamad bin Haji Hasan
Person | Marty Natalegawa | Raden Mohammad Marty Muliana Natalegawa
Person | Sugiono
Person | Teodoro Locsin Jr. | Teodoro Locsin; Teddy Locsin
Person | Enrique Manalo | Enrique A. Manalo
Person | Jesus Dureza | Jesus G. Dureza
Person | Miriam Coronel-Ferrer
Person | Teresita Quintos Deles | Teresita Deles
Person | Carlito Galvez Jr. | Carlito Galvez
Person | Mohagher Iqbal
Person | Qin Gang
Person | Li Hui
Person | Fumio Kishida
Person | Yoshimasa Hayashi
Person | Yoko Kamikawa
Person | Park Jin
Person | Cho Tae-yul
Person | Ri Yong Ho
Person | Choe Son Hui
Person | Kim Yong Chol
Person | Penny Wong
Person | Winston Peters
Person | Nanaia Mahuta
Person | Ishmael Toroama
Person | John Momis

# --- Europe
Person | David Miliband
Person | William Hague
Person | James Cleverly
Person | David Cameron
Person | David Lammy
Person | Laurent Fabius
Person | Jean-Yves Le Drian
Person | Catherine Colonna
Person | Stéphane Séjourné
Person | Jean-Noël Barrot
Person | Heiko Maas
Person | Annalena Baerbock
Person | Johann Wadephul
Person | Luigi Di Maio
Person | Antonio Tajani
Person | José Manuel Albares
Person | João Gomes Cravinho
Person | Paulo Rangel
Person | Caspar Veldkamp
Person | Hadja Lahbib
Person | Maxime Prévot
Person | Carl Bildt
Person | Ann Linde
Person | Maria Malmer Stenergard
Person | Ine Eriksen Søreide
Person | Dag Halvor Nylander
Person | Lars Løkke Rasmussen
Person | Alexander Stubb
Person | Pekka Haavisto
Person | Elina Valtonen
Person | Micheál Martin
Person | Simon Coveney
Person | Alexander Schallenberg
Person | Ignazio Cassis
Person | Nikos Dendias
Person | Giorgos Gerapetritis | George Gerapetritis
Person | Nicos Anastasiades | Nikos Anastasiades
Person | Constantinos Kombos
Person | Ersin Tatar
Person | Mustafa Akıncı | Mustafa Akinci
Person | Radosław Sikorski | Radek Sikorski
Person | Péter Szijjártó
Person | Maia Sandu
Person | Ivica Dačić
Person | Aleksandar Vučić
Person | Albin Kurti
Person | Vjosa Osmani
Person | Donika Gërvalla-Schwarz | Donika Gervalla
Person | Milorad Dodik
Person | Bakir Izetbegović

# --- Russia, Ukraine, Belarus, the Caucasus and Moldova
Person | Sergei Shoigu | Sergey Shoygu; Sergei Shoygu
Person | Mikhail Bogdanov
Person | Sergei Ryabkov | Sergey Ryabkov
Person | Valery Gerasimov
Person | Nikolai Patrushev | Nikolay Patrushev
Person | Yevgeny Prigozhin | Yevgeniy Prigozhin
Person | Ramzan Kadyrov
Person | Pavlo Klimkin
Person | Viktor Yanukovych
Person | Oleksii Reznikov | Oleksiy Reznikov
Person | Rustem Umerov
Person | Andriy Yermak | Andrii Yermak
Person | Denys Shmyhal
Person | Valerii Zaluzhnyi | Valery Zaluzhny
Person | Oleksandr Syrskyi
Person | Kyrylo Budanov
Person | Denis Pushilin
Person | Leonid Pasechnik
Person | Alexander Zakharchenko
Person | Igor Plotnitsky
Person | Sergei Aksyonov | Sergey Aksyonov
Person | Vladimir Makei | Uladzimir Makei
Person | Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya
Person | Salome Zourabichvili | Salome Zurabishvili
Person | Irakli Kobakhidze
Person | Irakli Garibashvili
Person | Edward Nalbandian
Person | Zohrab Mnatsakanyan
Person | Elmar Mammadyarov
Person | Hikmet Hajiyev
Person | Arayik Harutyunyan
Person | Ruben Vardanyan
Person | Samvel Shahramanyan
Person | Aslan Bzhania
Person | Anatoly Bibilov
Person | Vadim Krasnoselsky

# --- The Americas
Person | Rex Tillerson
Person | James Mattis | Jim Mattis
Person | Lloyd Austin | Lloyd J. Austin III
Person | Mike Pence
Person | Kamala Harris
Person | JD Vance | J. D. Vance
Person | Steve Witkoff | Steven Witkoff
Person | Keith Kellogg
Person | Jared Kushner
Person | Brett McGurk
Person | Amos Hochstein
Person | Tim Lenderking | Timothy Lenderking
Person | Donald Booth
Person | Massad Boulos
Person | Chrystia Freeland
Person | Mélanie Joly
Person | Marcelo Ebrard
Person | Alicia Bárcena
Person | Bruno Rodríguez Parrilla | Bruno Rodríguez
Person | Jorge Arreaza
Person | Yván Gil
Person | Delcy Rodríguez
Person | Juan Guaidó
Person | Edmundo González Urrutia
Person | María Corina Machado
Person | Diosdado Cabello
Person | Vladimir Padrino López
Person | Álvaro Leyva | Álvaro Leyva Durán
Person | Luis Gilberto Murillo
Person | Humberto de la Calle
Person | Sergio Jaramillo
Person | Iván Márquez | Luciano Marín Arango
Person | Pablo Catatumbo
Person | Jesús Santrich
Person | Otty Patiño
Person | Pablo Beltrán
Person | Nicolás Rodríguez Bautista
Person | María Fernanda Espinosa
Person | Mauro Vieira
Person | Rosario Murillo
Person | Jovenel Moïse
Person | Garry Conille
Person | Jimmy Chérizier

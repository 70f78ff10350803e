# Well-known international office holders and heads of state and government
# of the last fifteen years, with their usual spellings and transliterations.
# Names only: roles are read from the text. A family name alone is an alias
# only where it is distinctive and used alone in the press ("Museveni");
# shared family names ("Déby", "Aoun", "Kenyatta", "Sharif") are not, and
# matching is already case-, diacritic- and hyphen-insensitive.

# --- The United Nations
Person | Ban Ki-moon
Person | Amina J. Mohammed | Amina Mohammed; Amina Jane Mohammed
Person | Filippo Grandi
Person | Volker Türk
Person | Michelle Bachelet | Michelle Bachelet Jeria
Person | Zeid Ra'ad Al Hussein | Zeid bin Ra'ad Zeid al-Hussein
Person | Navi Pillay | Navanethem Pillay
Person | Martin Griffiths
Person | Mark Lowcock
Person | Tom Fletcher
Person | Rosemary DiCarlo | Rosemary A. DiCarlo
Person | Jean-Pierre Lacroix
Person | Hans Grundberg
Person | Ghassan Salamé
Person | Stephanie Williams | Stephanie Turco Williams
Person | Ján Kubiš
Person | Abdoulaye Bathily
Person | Hanna Tetteh | Hanna Serwaa Tetteh
Person | Volker Perthes
Person | Ramtane Lamamra
Person | Bintou Keita
Person | Nicholas Haysom
Person | Jeanine Hennis-Plasschaert
Person | Tor Wennesland
Person | Nickolay Mladenov | Nikolay Mladenov
Person | Roza Otunbayeva
Person | Parfait Onanga-Anyanga
Person | Philippe Lazzarini
Person | Tedros Adhanom Ghebreyesus | Tedros Adhanom; Tedros
Person | Rafael Grossi | Rafael Mariano Grossi
Person | Yukiya Amano
Person | David Beasley
Person | Cindy McCain
Person | Karim Khan | Karim A. A. Khan; Karim Asad Ahmad Khan
Person | Fatou Bensouda
Person | Peter Maurer
Person | Mirjana Spoljaric | Mirjana Spoljaric Egger

# --- The African Union and African regional bodies
Person | Moussa Faki Mahamat | Moussa Faki; Faki Mahamat
Person | Nkosazana Dlamini-Zuma | Nkosazana Clarice Dlamini-Zuma; Dlamini-Zuma
Person | Jean Ping
Person | Mahmoud Ali Youssouf | Mahamoud Ali Youssouf; Mahmoud Youssouf
Person | Bankole Adeoye
Person | Smaïl Chergui
Person | Omar Alieu Touray | Omar Touray
Person | Jean-Claude Kassi Brou
Person | Workneh Gebeyehu
Person | Mahboub Maalim | Mahboub Mohamed Maalim
Person | Elias Magosi | Elias Mpedi Magosi
Person | Stergomena Lawrence Tax | Stergomena Tax
Person | Olusegun Obasanjo | Olusegun Aremu Obasanjo; Obasanjo

# --- The Arab League, the OIC and the GCC
Person | Nabil Elaraby | Nabil el-Araby; Nabil al-Araby
Person | Amr Moussa | Amr Mousa; Amr Musa
Person | Hossam Zaki | Hossam Zaky; Husam Zaki
Person | Hissein Brahim Taha | Hussein Ibrahim Taha; Hussain Ibrahim Taha
Person | Yousef Al-Othaimeen | Yousef bin Ahmad Al-Othaimeen; Youssef al-Othaimeen; Yusuf al-Uthaymin
Person | Iyad Ameen Madani | Iyad Madani; Iyad bin Amin Madani
Person | Ekmeleddin İhsanoğlu
Person | Jasem Mohamed Albudaiwi | Jasem Albudaiwi; Jassim Mohammed Al-Budaiwi; Jasem Mohamed Al-Budaiwi; Jassim Al Budaiwi; Jasem Al-Budaiwi
Person | Nayef Falah Mubarak Al-Hajraf | Nayef Al-Hajraf; Nayef Falah Al-Hajraf
Person | Abdullatif bin Rashid Al-Zayani | Abdullatif Al-Zayani; Abdul Latif al-Zayani

# --- Europe, NATO and the OSCE
Person | Catherine Ashton | Baroness Ashton
Person | Kaja Kallas
Person | Ursula von der Leyen | Von der Leyen
Person | Charles Michel
Person | António Costa
Person | Donald Tusk
Person | Herman Van Rompuy
Person | Jean-Claude Juncker
Person | Anders Fogh Rasmussen
Person | Mark Rutte
Person | Helga Schmid | Helga Maria Schmid
Person | Thomas Greminger
Person | Feridun Sinirlioğlu | Feridun Hadi Sinirlioğlu
Person | Lamberto Zannier

# --- Asia and the Americas: heads of regional bodies
Person | Kao Kim Hourn
Person | Lim Jock Hoi | Dato Lim Jock Hoi
Person | Luis Almagro | Luis Almagro Lemes
Person | Albert Ramdin

# --- Heads of state and government, ministers and leaders: Africa
Person | Yoweri Museveni | Yoweri Kaguta Museveni; Museveni
Person | Paul Kagame | Kagame
Person | Félix Tshisekedi | Félix Antoine Tshisekedi Tshilombo; Felix Antoine Tshisekedi; Tshisekedi
Person | Joseph Kabila | Joseph Kabila Kabange
Person | William Ruto | William Samoei Ruto; Ruto
Person | Uhuru Kenyatta | Uhuru Muigai Kenyatta
Person | Abiy Ahmed | Abiy Ahmed Ali; Abiy
Person | Isaias Afwerki | Isaias Afewerki; Isayas Afewerki; Isaias Afeworki
Person | Ismaïl Omar Guelleh | Guelleh
Person | Hassan Sheikh Mohamud | Hassan Sheikh Mohamed
Person | Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed; Mohamed Abdullahi Farmajo; Farmaajo; Farmajo
Person | Abdel Fattah al-Burhan | Abdelfattah al-Burhan; Abdel Fattah Abdelrahman al-Burhan; Abdel Fattah Abdelrahman Burhan; Abdel Fattah Burhan; Abdul Fattah al-Burhan
Person | Mohamed Hamdan Dagalo | Mohammed Hamdan Dagalo; Mohamed Hamdan Daglo; Mohamed Hamdan Dagalo Musa; Hemedti; Hemeti; Himeidti
Person | Abdelrahim Hamdan Dagalo | Abdelrahim Dagalo; Abdel Rahim Hamdan Dagalo; Abdul Rahim Hamdan Dagalo; Abdelrahim Dagallo
Person | Abdalla Hamdok | Abdallah Hamdok; Abdullah Hamdok; Hamdok
Person | Omar al-Bashir | Omar Hassan al-Bashir; Omar Hassan Ahmad al-Bashir; Omar el-Bashir; Omar Bashir; Omer al-Bashir
Person | Salva Kiir Mayardit | Salva Kiir; Kiir
Person | Riek Machar | Riek Machar Teny; Riek Machar Teny Dhurgon; Machar
Person | Evariste Ndayishimiye | Ndayishimiye
Person | Samia Suluhu Hassan | Samia Suluhu
Person | Cyril Ramaphosa | Matamela Cyril Ramaphosa; Ramaphosa
Person | Emmerson Mnangagwa | Emmerson Dambudzo Mnangagwa; Mnangagwa
Person | João Lourenço | João Manuel Gonçalves Lourenço
Person | Filipe Nyusi | Filipe Jacinto Nyusi; Nyusi
Person | Faustin-Archange Touadéra | Touadéra
Person | Mahamat Idriss Déby | Mahamat Idriss Déby Itno; Mahamat Deby
Person | Idriss Déby | Idriss Déby Itno
Person | Bola Tinubu | Bola Ahmed Tinubu; Bola Ahmed Adekunle Tinubu; Tinubu
Person | Muhammadu Buhari | Buhari
Person | Mohamed Bazoum | Bazoum
Person | Abdourahamane Tchiani | Abdourahamane Tiani; Abdourahmane Tchiani; Abdourahmane Tiani; Omar Tchiani; Tchiani
Person | Assimi Goïta | Goïta
Person | Ibrahim Traoré
Person | Mamady Doumbouya | Doumbouya
Person | Macky Sall
Person | Bassirou Diomaye Faye | Diomaye Faye
Person | Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo; Akufo-Addo
Person | Alassane Ouattara | Ouattara
Person | Umaro Sissoco Embaló | Embaló
Person | Julius Maada Bio | Maada Bio
Person | George Weah | George Manneh Weah
Person | Adama Barrow
Person | Kais Saied | Qais Saied; Kais Said
Person | Abdelmadjid Tebboune | Abdelmajid Tebboune; Abdel Madjid Tebboune; Tebboune
Person | Abdel Fattah el-Sisi | Abdel Fattah al-Sisi; Abdel Fattah el-Sissi; Abdelfattah Elsisi; el-Sisi; al-Sisi; Sisi
Person | Khalifa Haftar | Khalifa Hifter; Khalifa Belqasim Haftar; Khalifa Hafter; Haftar; Hifter
Person | Fayez al-Sarraj | Fayez al-Serraj; Fayez Sarraj; Fayez Mustafa al-Sarraj
Person | Abdul Hamid Dbeibah | Abdulhamid Dbeibah; Abdul Hamid al-Dbeibah; Abdelhamid Dbeibah; Abdul Hamid Dbeibeh; Abdulhamid al-Dbeibah; Dbeibah; Dbeibeh
Person | Mohamed al-Menfi | Mohammed al-Menfi; Mohamed Younes al-Menfi; Mohamed Younis al-Menfi; Mohamed Menfi
Person | Aguila Saleh | Aguila Saleh Issa; Agila Saleh; Akila Saleh; Aqila Saleh

# --- The Middle East
Person | Mohammed bin Salman | Mohammed bin Salman Al Saud; Mohammad bin Salman; Muhammad bin Salman; Mohamed bin Salman; MBS
Person | Salman bin Abdulaziz Al Saud | Salman bin Abdulaziz; Salman bin Abdul Aziz Al Saud
Person | Faisal bin Farhan Al Saud | Faisal bin Farhan
Person | Adel al-Jubeir | Adel bin Ahmed Al-Jubeir
Person | Mohamed bin Zayed Al Nahyan | Mohamed bin Zayed; Mohammed bin Zayed; Mohammed bin Zayed Al Nahyan; MBZ
Person | Abdullah bin Zayed Al Nahyan | Abdullah bin Zayed
Person | Tamim bin Hamad Al Thani | Tamim bin Hamad
Person | Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman bin Jassim Al Thani; Mohammed bin Abdulrahman
Person | Haitham bin Tarik | Haitham bin Tariq; Haitham bin Tarik Al Said; Haitham bin Tariq Al Said
Person | Badr Albusaidi | Badr bin Hamad Albusaidi; Badr bin Hamad Al Busaidi; Badr Al Busaidi
Person | Hamad bin Isa Al Khalifa | Hamad bin Isa
Person | Mishal Al-Ahmad Al-Jaber Al-Sabah | Mishal al-Ahmad al-Sabah; Meshal Al-Ahmad Al-Jaber Al-Sabah
Person | Abdullah II | Abdullah II bin Al-Hussein; Abdullah II of Jordan
Person | Ayman Safadi | Ayman al-Safadi
Person | Mahmoud Abbas | Abu Mazen
Person | Benjamin Netanyahu | Netanyahu
Person | Ismail Haniyeh | Ismail Haniya; Ismail Haniyah; Haniyeh
Person | Yahya Sinwar | Yahya al-Sinwar; Sinwar
Person | Hassan Nasrallah | Sayyed Hassan Nasrallah; Hasan Nasrallah; Nasrallah
Person | Naim Qassem | Naim Kassem; Naim Qasim
Person | Abdul-Malik al-Houthi | Abdulmalik al-Houthi; Abdul Malik Badreddin al-Houthi; Abdulmalik Badruldeen al-Houthi
Person | Rashad al-Alimi | Rashad Muhammad al-Alimi; Rashad Mohammed al-Alimi
Person | Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi; Abd-Rabbu Mansour Hadi; Abdrabbo Mansour Hadi; Abd Rabbo Mansour Hadi; Abdu Rabbu Mansour Hadi
Person | Aidarous al-Zubaidi | Aidaroos al-Zubaidi; Eidarous al-Zubaidi; Aydarus al-Zubaydi
Person | Najib Mikati | Najib Miqati; Mikati
Person | Michel Aoun
Person | Joseph Aoun
Person | Nabih Berri | Berri
Person | Nawaf Salam
Person | Mohammed Shia al-Sudani | Mohammed Shiaa al-Sudani
Person | Mustafa al-Kadhimi | Mustafa Kadhimi
Person | Ali Khamenei | Ayatollah Ali Khamenei; Seyed Ali Khamenei; Khamenei
Person | Hassan Rouhani | Hassan Rohani; Rouhani
Person | Ebrahim Raisi | Ebrahim Raeisi; Ibrahim Raisi; Raisi
Person | Masoud Pezeshkian | Masoud Pezeshkiyan; Pezeshkian
Person | Hossein Amir-Abdollahian | Hossein Amirabdollahian; Amir-Abdollahian
Person | Abbas Araghchi | Abbas Araqchi; Seyed Abbas Araghchi; Araghchi
Person | Ahmed al-Sharaa | Ahmad al-Sharaa; Ahmed Hussein al-Sharaa; Abu Mohammad al-Jolani; Abu Mohammed al-Julani; Abu Muhammad al-Jawlani; al-Jolani; al-Julani

# --- Asia
Person | Hibatullah Akhundzada | Haibatullah Akhundzada; Hibatullah Akhunzada; Mawlawi Hibatullah Akhundzada
Person | Mohammad Hassan Akhund | Mohammad Hasan Akhund; Mullah Mohammad Hassan Akhund
Person | Amir Khan Muttaqi | Amir Khan Mottaki; Amir Khan Motaqi
Person | Ashraf Ghani | Mohammad Ashraf Ghani
Person | Hamid Karzai
Person | Shehbaz Sharif | Shahbaz Sharif; Mian Muhammad Shehbaz Sharif
Person | Imran Khan | Imran Ahmed Khan Niazi
Person | Asim Munir | Syed Asim Munir
Person | Narendra Modi | Narendra Damodardas Modi; Modi
Person | Subrahmanyam Jaishankar | S. Jaishankar; Jaishankar
Person | Min Aung Hlaing
Person | Aung San Suu Kyi | Daw Aung San Suu Kyi; Suu Kyi
Person | Hun Sen
Person | Hun Manet
Person | Prak Sokhonn
Person | Joko Widodo | Jokowi
Person | Prabowo Subianto | Prabowo
Person | Retno Marsudi | Retno L. P. Marsudi; Retno Lestari Priansari Marsudi
Person | Anwar Ibrahim
Person | Ferdinand Marcos Jr. | Bongbong Marcos; Ferdinand Romualdez Marcos Jr.
Person | Rodrigo Duterte | Rodrigo Roa Duterte
Person | Kim Jong Un
Person | Kim Yo Jong
Person | Moon Jae-in
Person | Yoon Suk Yeol
Person | Lee Jae-myung
Person | Xi Jinping
Person | Wang Yi
Person | Li Qiang

# --- Europe and Eurasia
Person | Volodymyr Zelenskyy | Volodymyr Zelensky; Volodymyr Zelenskiy; Volodymyr Zelenskyi; Zelenskyy; Zelensky; Zelenskiy
Person | Dmytro Kuleba | Dmitry Kuleba
Person | Andrii Sybiha | Andriy Sybiha; Andrii Sybiga
Person | Petro Poroshenko | Poroshenko
Person | Alexander Lukashenko | Aleksandr Lukashenko; Alyaksandr Lukashenka; Alexander Lukashenka; Lukashenko; Lukashenka
Person | Ilham Aliyev
Person | Nikol Pashinyan | Nikol Pashinian; Pashinyan
Person | Jeyhun Bayramov
Person | Ararat Mirzoyan
Person | Nikos Christodoulides | Nicos Christodoulides; Christodoulides
Person | Emmanuel Macron | Macron
Person | Olaf Scholz | Scholz
Person | Angela Merkel | Merkel
Person | Friedrich Merz
Person | Keir Starmer
Person | Rishi Sunak
Person | Boris Johnson
Person | Giorgia Meloni

# --- The Americas
Person | Joe Biden | Joseph R. Biden; Joseph R. Biden Jr.; Joseph Biden; Biden
Person | Donald Trump | Donald J. Trump
Person | Barack Obama | Obama
Person | Antony Blinken | Antony J. Blinken; Tony Blinken; Blinken
Person | Marco Rubio
Person | Mike Pompeo | Michael R. Pompeo; Michael Pompeo; Pompeo
Person | John Kerry
Person | Hillary Clinton | Hillary Rodham Clinton
Person | Gustavo Petro | Gustavo Petro Urrego
Person | Iván Duque | Iván Duque Márquez
Person | Juan Manuel Santos
Person | Rodrigo Londoño | Rodrigo Londoño Echeverri; Timochenko; Timoleón Jiménez
Person | Nicolás Maduro | Nicolás Maduro Moros; Maduro
Person | Luiz Inácio Lula da Silva | Lula da Silva; Lula
Person | Andrés Manuel López Obrador | López Obrador; AMLO
Person | Claudia Sheinbaum | Claudia Sheinbaum Pardo
Person | Miguel Díaz-Canel | Miguel Díaz-Canel Bermúdez
Person | Ariel Henry

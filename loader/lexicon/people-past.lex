# Well-known office holders, envoys and leaders of armed movements of
# 1960-2009, with their usual English spellings and transliterations, so
# that communiqués of the conflicts and peace processes of those decades
# are read as well as today's (issue 10). Names only: roles are read from
# the text. Office holders of the last fifteen years are in
# people-world.lex.
#
# A family name alone is not an alias here, but for one-word names and
# names used alone ("Sukarno", "Xanana", "Prachanda", "Madiba"): texts of
# those decades often write a full name with initials, a patronymic or a
# spelling the lexicon does not list ("M. S. Gorbachev", "Julius K.
# Nyerere", "Gaafar Mohamed Nimeiri"), and the longest lexicon name wins,
# so a bare family name would cut that name short and leave its first
# words as another person. For the same reason a name that starts a
# longer place name ("Ho Chi Minh" of "Ho Chi Minh City") is left out,
# and so are names of places ("Solana", "Livni") and given names used
# alone ("Tito", "Nasser", "Saddam", "Meles", "Najibullah").

# --- The United Nations: Secretaries-General, officials, envoys and
# special representatives
Person | U Thant
Person | Dag Hammarskjöld | Dag Hammarskjold; Dag Hammarskjoeld
Person | Kurt Waldheim
Person | Javier Pérez de Cuéllar | Javier Perez de Cuellar; Pérez de Cuéllar; Perez de Cuellar
Person | Boutros Boutros-Ghali | Boutros Boutros Ghali; Boutros-Ghali
Person | Ralph Bunche | Ralph J. Bunche
Person | Gunnar Jarring
Person | Martti Ahtisaari
Person | Diego Cordovez
Person | Álvaro de Soto | Alvaro de Soto
Person | Yasushi Akashi
Person | Mohamed Sahnoun | Mohammed Sahnoun
Person | Alioune Blondin Beye | Alioune Blondin Bèye
Person | Aldo Ajello
Person | Cyrus Vance | Cyrus R. Vance
Person | David Owen | Lord Owen
Person | Thorvald Stoltenberg
Person | Sergio Vieira de Mello | Sérgio Vieira de Mello
Person | Jacques-Roger Booh-Booh | Jacques-Roger Booh Booh
Person | Jan Pronk | Johannes Pronk
Person | Ahmedou Ould-Abdallah | Ahmedou Ould Abdallah
Person | William Lacy Swing | William Swing
Person | Ashraf Jehangir Qazi | Ashraf Qazi
Person | Terje Rød-Larsen | Terje Roed-Larsen; Terje Rod-Larsen
Person | Kai Eide
Person | Christopher Ross | Christopher W. Ross
Person | Jan Eliasson
Person | Djibril Bassolé | Djibril Yipènè Bassolé; Djibril Bassole
Person | Haile Menkerios
Person | Mohamed ElBaradei | Mohamed El Baradei; Mohamed Mostafa ElBaradei
Person | Bernard Kouchner
Person | Paddy Ashdown | Lord Ashdown; Jeremy John Durham Ashdown
Person | Miroslav Lajčák | Miroslav Lajcak
Person | Erik Solheim
Person | Salim Ahmed Salim | Salim A. Salim; Salim Salim

# --- The OAU and the African Union, African regional bodies and mediators
Person | Diallo Telli | Boubacar Diallo Telli
Person | William Eteki Mboumoua | William Eteki; Eteki Mboumoua
Person | Edem Kodjo
Person | Amara Essy
Person | Alpha Oumar Konaré | Alpha Oumar Konare
Person | Saïd Djinnit | Said Djinnit
Person | Lansana Kouyaté | Lansana Kouyate
Person | Mohamed Ibn Chambas | Mohammed Ibn Chambas; Mohamed Chambas
Person | Tomaz Salomão | Tomaz Augusto Salomão; Tomaz Salomao
Person | Lazaro Sumbeiywo | Lazarus Sumbeiywo
Person | Bethuel Kiplagat
Person | Ketumile Masire | Quett Ketumile Joni Masire; Quett Masire

# --- The Arab League, the OIC, the GCC
Person | Abdul Khalek Hassouna | Abdel Khalek Hassouna; Abdul Khaliq Hassuna
Person | Mahmoud Riad | Mahmoud Riyad
Person | Chedli Klibi | Chadli Klibi
Person | Ahmed Esmat Abdel Meguid | Esmat Abdel Meguid; Ahmed Esmat Abdel Maguid
Person | Tunku Abdul Rahman | Tunku Abdul Rahman Putra Al-Haj
Person | Hassan al-Touhami | Hassan Tohami; Hassan al-Tuhami
Person | Amadou Karim Gaye
Person | Habib Chatty
Person | Syed Sharifuddin Pirzada | Sharifuddin Pirzada
Person | Hamid Algabid
Person | Azeddine Laraki
Person | Abdelouahed Belkeziz | Abdelwahed Belkeziz
Person | Abdul Rahman bin Hamad Al-Attiyah | Abdulrahman Al-Attiyah; Abdul Rahman Al-Attiyah

# --- The OAS, ASEAN, SAARC and the Commonwealth
Person | José Antonio Mora | Jose Antonio Mora
Person | Galo Plaza | Galo Plaza Lasso
Person | Alejandro Orfila
Person | João Clemente Baena Soares | Joao Clemente Baena Soares; Baena Soares
Person | César Gaviria | Cesar Gaviria; César Gaviria Trujillo
Person | José Miguel Insulza | Jose Miguel Insulza
Person | Rodolfo Severino | Rodolfo C. Severino
Person | Ong Keng Yong
Person | Surin Pitsuwan
Person | Nihal Rodrigo
Person | Sheel Kant Sharma
Person | Arnold Smith | Arnold Cantwell Smith
Person | Shridath Ramphal | Sir Shridath Ramphal; Sonny Ramphal; Shridath Surendranath Ramphal
Person | Emeka Anyaoku | Chief Emeka Anyaoku; Eleazar Chukwuemeka Anyaoku
Person | Don McKinnon | Donald McKinnon
Person | Kamalesh Sharma

# --- NATO, the OSCE, the European Communities and the EU
Person | Dirk Stikker | Dirk Uipko Stikker
Person | Manlio Brosio
Person | Joseph Luns | Joseph M. A. H. Luns
Person | Lord Carrington | Peter Carington; Peter Carrington
Person | Manfred Wörner | Manfred Woerner; Manfred Worner
Person | Willy Claes
Person | Javier Solana | Javier Solana Madariaga
Person | George Robertson | Lord Robertson; Lord Robertson of Port Ellen
Person | Jaap de Hoop Scheffer | De Hoop Scheffer
Person | Wilhelm Höynck | Wilhelm Hoynck; Wilhelm Hoeynck
Person | Giancarlo Aragona
Person | Marc Perrin de Brichambaut
Person | Max van der Stoel
Person | Jacques Delors
Person | Jacques Santer
Person | Romano Prodi
Person | José Manuel Barroso | Jose Manuel Barroso; José Manuel Durão Barroso; Jose Manuel Durao Barroso
Person | Miguel Ángel Moratinos | Miguel Angel Moratinos

# --- The International Committee of the Red Cross
Person | Léopold Boissier | Leopold Boissier
Person | Samuel Gonard
Person | Marcel Naville
Person | Alexandre Hay
Person | Cornelio Sommaruga
Person | Jakob Kellenberger

# --- Africa: heads of state and government, ministers, leaders of armed
# movements
Person | Patrice Lumumba | Patrice Émery Lumumba; Patrice Emery Lumumba
Person | Joseph Kasa-Vubu | Joseph Kasavubu; Kasa-Vubu
Person | Moïse Tshombe | Moise Tshombe; Moïse Kapenda Tshombe
Person | Mobutu Sese Seko | Joseph-Désiré Mobutu; Joseph Desire Mobutu; Mobutu Sese Seko Kuku Ngbendu Wa Za Banga
Person | Laurent-Désiré Kabila | Laurent Desire Kabila; Laurent Kabila
Person | Jean-Pierre Bemba | Jean-Pierre Bemba Gombo
Person | Ernest Wamba dia Wamba | Wamba dia Wamba
Person | Azarias Ruberwa | Azarias Ruberwa Manywa
Person | Laurent Nkunda | Laurent Nkundabatware; Laurent Nkunda Batware
Person | Kwame Nkrumah
Person | John Kufuor | John Agyekum Kufuor
Person | Julius Nyerere | Julius Kambarage Nyerere; Mwalimu Julius Nyerere
Person | Benjamin Mkapa | Benjamin William Mkapa
Person | Jakaya Kikwete | Jakaya Mrisho Kikwete
Person | Jomo Kenyatta
Person | Daniel arap Moi | Daniel Toroitich arap Moi; Daniel Moi
Person | Mwai Kibaki | Emilio Mwai Kibaki
Person | Raila Odinga | Raila Amolo Odinga
Person | Idi Amin | Idi Amin Dada
Person | Joseph Kony
Person | Haile Selassie | Haile Selassie I; Emperor Haile Selassie
Person | Mengistu Haile Mariam | Mengistu Hailemariam
Person | Meles Zenawi
Person | Seyoum Mesfin
Person | Mohamed Siad Barre | Siad Barre; Mohammed Siad Barre
Person | Hussein Farrah Aidid | Hussein Mohamed Farrah Aidid; Hussein Mohamed Farah Aidid; Hussein Aidid; Hussein Aideed
Person | Mohamed Farrah Aidid | Mohamed Farah Aidid; Mohammed Farah Aideed; Mohamed Farah Aideed
Person | Abdullahi Yusuf Ahmed | Abdullahi Yusuf
Person | Abdiqasim Salad Hassan | Abdulkassim Salat Hassan; Abdikassim Salad Hassan
Person | Sharif Sheikh Ahmed | Sheikh Sharif Sheikh Ahmed; Sharif Ahmed
Person | Hassan Dahir Aweys | Hassan Dahir Awey
Person | Gaafar Nimeiry | Jaafar Nimeiry; Jaafar Numeiri; Gaafar Mohamed el-Nimeiry; Jaafar an-Numeiri
Person | Sadiq al-Mahdi | Sadig al-Mahdi; Sadiq el-Mahdi; Al-Sadiq al-Mahdi
Person | Hassan al-Turabi | Hassan Turabi; Hassan Abdallah al-Turabi
Person | John Garang | John Garang de Mabior; Garang de Mabior
Person | Ali Osman Taha | Ali Osman Mohamed Taha; Ali Osman Mohammed Taha
Person | Mustafa Osman Ismail
Person | Khalil Ibrahim | Khalil Ibrahim Mohamed
Person | Abdul Wahid al-Nur | Abdel Wahid al-Nur; Abdelwahid Mohamed al-Nur; Abdel Wahid Mohamed Nour; Abdul Wahid Mohamed al-Nur
Person | Minni Minnawi | Minni Arko Minnawi; Mini Minnawi; Minni Minawi
Person | Houari Boumediene | Houari Boumedienne
Person | Abdelaziz Bouteflika | Abdelaziz Boutefliqa
Person | Muammar Gaddafi | Muammar Qaddafi; Moammar Gadhafi; Muammar al-Qaddafi; Muammar Gadhafi; Moammar Qadhafi; Muammar el-Qaddafi; Muammar al-Gaddafi; Mu'ammar al-Qadhdhafi; Muammar Mohammed Abu Minyar Gaddafi
Person | Abdel Rahman Shalgham | Abdurrahman Shalgham
Person | Gamal Abdel Nasser | Gamal Abdul Nasser; Jamal Abdel Nasser; Gamal Abd el-Nasser
Person | Anwar Sadat | Anwar el-Sadat; Anwar al-Sadat; Muhammad Anwar al-Sadat
Person | Hosni Mubarak | Mohamed Hosni Mubarak; Mohammed Hosni Mubarak; Muhammad Hosni Mubarak
Person | Omar Suleiman | Omar Soliman
Person | Hassan II | King Hassan II; Hassan II of Morocco
Person | Mohammed VI | King Mohammed VI; Mohammed VI of Morocco; Mohamed VI
Person | Mohamed Abdelaziz | Mohammed Abdelaziz; Mohamed Abdelaziz Ezzedine
Person | Abdou Diouf
Person | Abdoulaye Wade
Person | Félix Houphouët-Boigny | Felix Houphouet-Boigny; Houphouët-Boigny; Houphouet-Boigny
Person | Henri Konan Bédié | Henri Konan Bedie; Konan Bédié
Person | Laurent Gbagbo | Laurent Koudou Gbagbo
Person | Guillaume Soro | Guillaume Kigbafori Soro
Person | João Bernardo Vieira | Joao Bernardo Vieira; Nino Vieira; João Bernardo "Nino" Vieira
Person | Samuel Doe | Samuel Kanyon Doe
Person | Charles Taylor | Charles Ghankay Taylor; Charles McArthur Ghankay Taylor
Person | Ellen Johnson Sirleaf | Ellen Johnson-Sirleaf
Person | Prince Yormie Johnson | Prince Johnson; Prince Y. Johnson
Person | Ahmad Tejan Kabbah | Ahmed Tejan Kabbah; Tejan Kabbah
Person | Foday Sankoh | Foday Saybana Sankoh
Person | Johnny Paul Koroma
Person | Sani Abacha
Person | Ibrahim Babangida | Ibrahim Badamasi Babangida
Person | Abdulsalami Abubakar | Abdulsalam Abubakar
Person | Umaru Musa Yar'Adua | Umaru Yar'Adua; Umaru Musa Yar'adua
Person | Blaise Compaoré | Blaise Compaore
Person | Amadou Toumani Touré | Amadou Toumani Toure
Person | Hissène Habré | Hissene Habre; Hissein Habré
Person | Goukouni Oueddei | Goukouni Weddeye; Goukouni Wedeye
Person | Ange-Félix Patassé | Ange-Felix Patasse
Person | François Bozizé | Francois Bozize
Person | Denis Sassou Nguesso | Denis Sassou-Nguesso; Sassou Nguesso; Sassou-Nguesso
Person | Omar Bongo | Omar Bongo Ondimba; El Hadj Omar Bongo
Person | Paul Biya
Person | Juvénal Habyarimana | Juvenal Habyarimana
Person | Pierre Buyoya
Person | Pierre Nkurunziza
Person | Agathon Rwasa
Person | Agostinho Neto | António Agostinho Neto
Person | José Eduardo dos Santos | Jose Eduardo dos Santos
Person | Jonas Savimbi | Jonas Malheiro Savimbi
Person | Samora Machel | Samora Moisés Machel; Samora Moises Machel
Person | Joaquim Chissano | Joaquim Alberto Chissano
Person | Armando Guebuza | Armando Emílio Guebuza
Person | Afonso Dhlakama
Person | Kenneth Kaunda | Kenneth David Kaunda
Person | Frederick Chiluba | Frederick Titus Chiluba
Person | Robert Mugabe | Robert Gabriel Mugabe
Person | Ian Smith | Ian Douglas Smith
Person | Morgan Tsvangirai
Person | Nelson Mandela | Nelson Rolihlahla Mandela; Madiba
Person | F. W. de Klerk | Frederik Willem de Klerk; F.W. de Klerk; FW de Klerk
Person | P. W. Botha | Pieter Willem Botha; P.W. Botha; PW Botha
Person | Pik Botha | Roelof Frederik Botha; Roelof Botha
Person | Thabo Mbeki | Thabo Mvuyelwa Mbeki
Person | Jacob Zuma | Jacob Gedleyihlekisa Zuma
Person | Sam Nujoma | Samuel Shafiishuna Nujoma; Samuel Nujoma
Person | Marc Ravalomanana
Person | Andry Rajoelina
Person | Teodoro Obiang Nguema | Teodoro Obiang Nguema Mbasogo
Person | Faure Gnassingbé | Faure Gnassingbe; Faure Essozimna Gnassingbé
Person | Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita

# --- The Middle East, Turkey and Cyprus
Person | Yasser Arafat | Yasir Arafat; Yassir Arafat; Abu Ammar
Person | Ahmed Qurei | Ahmed Qureia; Ahmed Quray
Person | Salam Fayyad
Person | Saeb Erekat | Saeb Erakat; Saeb Ereikat
Person | Khaled Mashal | Khaled Meshaal; Khalid Mishal; Khaled Mashaal; Khaled Meshal
Person | Golda Meir
Person | Yitzhak Rabin | Yitzchak Rabin
Person | Shimon Peres
Person | Menachem Begin
Person | Yitzhak Shamir
Person | Ehud Barak
Person | Ariel Sharon
Person | Ehud Olmert
Person | Tzipi Livni
Person | Hafez al-Assad | Hafez Assad; Hafiz al-Assad; Hafez al-Asad; Hafiz al-Asad
Person | Farouk al-Sharaa | Farouk al-Shara; Farouq al-Sharaa; Faruq al-Shara
Person | Walid Muallem | Walid al-Moallem; Walid al-Muallem; Walid Moallem
Person | Saddam Hussein | Saddam Hussein al-Tikriti; Saddam Husayn
Person | Tariq Aziz | Tareq Aziz; Tarik Aziz
Person | Jalal Talabani
Person | Masoud Barzani | Massoud Barzani
Person | Nouri al-Maliki | Nuri al-Maliki; Nouri Maliki; Nuri Kamil al-Maliki
Person | Ayad Allawi | Iyad Allawi
Person | Hoshyar Zebari | Hoshyar Zibari
Person | Muqtada al-Sadr | Moqtada al-Sadr; Muqtada Sadr; Moqtada Sadr
Person | Ali al-Sistani | Ali al-Husseini al-Sistani; Ali Sistani
Person | Abu Musab al-Zarqawi | Abu Mus'ab al-Zarqawi
Person | Abu Bakr al-Baghdadi
Person | Osama bin Laden | Usama bin Laden; Osama bin Ladin; Usama bin Ladin
Person | Ayman al-Zawahiri | Ayman al-Zawahri
Person | Ruhollah Khomeini | Ayatollah Khomeini; Ayatollah Ruhollah Khomeini
Person | Akbar Hashemi Rafsanjani | Ali Akbar Hashemi Rafsanjani; Hashemi Rafsanjani
Person | Mohammad Khatami | Seyyed Mohammad Khatami; Mohammad Khatemi
Person | Mahmoud Ahmadinejad
Person | Ali Akbar Velayati
Person | Kamal Kharrazi
Person | Manouchehr Mottaki | Manouchehr Mottaki
Person | Hussein bin Talal | King Hussein bin Talal; King Hussein of Jordan
Person | Faisal bin Abdulaziz Al Saud | Faisal bin Abdulaziz
Person | Fahd bin Abdulaziz Al Saud | Fahd bin Abdulaziz
Person | Abdullah bin Abdulaziz Al Saud | Abdullah bin Abdulaziz; Abdullah bin Abdul Aziz
Person | Saud al-Faisal | Saud Al-Faisal bin Abdulaziz; Prince Saud al-Faisal
Person | Zayed bin Sultan Al Nahyan | Zayed bin Sultan
Person | Sabah Al-Ahmad Al-Jaber Al-Sabah | Sabah al-Ahmad al-Sabah; Sabah Al-Ahmad Al-Sabah
Person | Hamad bin Khalifa Al Thani | Hamad bin Khalifa
Person | Hamad bin Jassim bin Jaber Al Thani | Hamad bin Jassim Al Thani; Hamad bin Jassim; Hamad bin Jasim
Person | Qaboos bin Said | Qaboos bin Said Al Said
Person | Yusuf bin Alawi bin Abdullah | Yousuf bin Alawi bin Abdullah; Yusuf bin Alawi; Yousef bin Alawi
Person | Ali Abdullah Saleh | Ali Abdallah Saleh
Person | Amine Gemayel | Amin Gemayel
Person | Elias Hrawi | Elias Hraoui
Person | Michel Suleiman | Michel Sleiman
Person | Rafic Hariri | Rafik Hariri; Rafiq al-Hariri; Rafik al-Hariri; Rafic al-Hariri
Person | Saad Hariri | Saad al-Hariri; Saad al-Din al-Hariri
Person | Fouad Siniora | Fouad Saniora
Person | Bülent Ecevit | Bulent Ecevit
Person | Abdullah Gül | Abdullah Gul
Person | Ahmet Davutoğlu | Ahmet Davutoglu
Person | Abdullah Öcalan | Abdullah Ocalan
Person | Makarios III | Archbishop Makarios; Archbishop Makarios III
Person | Rauf Denktaş | Rauf Denktash; Rauf Raif Denktaş
Person | Glafcos Clerides | Glafkos Clerides
Person | Tassos Papadopoulos
Person | Mehmet Ali Talat
Person | Demetris Christofias | Dimitris Christofias

# --- Asia
Person | Babrak Karmal
Person | Mohammad Najibullah | Mohammed Najibullah; Najibullah Ahmadzai
Person | Burhanuddin Rabbani
Person | Gulbuddin Hekmatyar | Gulbudin Hekmatyar
Person | Ahmad Shah Massoud | Ahmed Shah Massoud; Ahmad Shah Masood; Ahmad Shah Massud
Person | Abdul Rashid Dostum | Rashid Dostum
Person | Mullah Mohammed Omar | Mullah Omar; Mullah Mohammad Omar; Mullah Muhammad Omar
Person | Abdullah Abdullah
Person | Sibghatullah Mojaddedi | Sebghatullah Mojaddedi; Sibghatullah Mujaddidi
Person | Muhammad Ayub Khan | Ayub Khan; Mohammad Ayub Khan
Person | Zulfikar Ali Bhutto | Zulfiqar Ali Bhutto
Person | Benazir Bhutto
Person | Muhammad Zia-ul-Haq | Zia-ul-Haq; Mohammad Zia ul-Haq; Zia ul Haq
Person | Nawaz Sharif | Mian Muhammad Nawaz Sharif; Muhammad Nawaz Sharif
Person | Pervez Musharraf | Parvez Musharraf
Person | Asif Ali Zardari
Person | Shah Mehmood Qureshi | Shah Mahmood Qureshi; Makhdoom Shah Mahmood Qureshi
Person | Jawaharlal Nehru | Pandit Nehru
Person | Lal Bahadur Shastri
Person | Indira Gandhi
Person | Rajiv Gandhi
Person | Atal Bihari Vajpayee | Atal Behari Vajpayee
Person | Manmohan Singh
Person | Sheikh Mujibur Rahman | Mujibur Rahman; Sheikh Mujib
Person | Sheikh Hasina | Sheikh Hasina Wazed
Person | J. R. Jayewardene | Junius Richard Jayewardene; J.R. Jayewardene; J. R. Jayawardene
Person | Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga
Person | Mahinda Rajapaksa | Mahinda Rajapakse
Person | Ranil Wickremesinghe | Ranil Wickramasinghe
Person | Lakshman Kadirgamar
Person | Velupillai Prabhakaran | Vellupillai Prabhakaran; Velupillai Pirapaharan
Person | Anton Balasingham
Person | Girija Prasad Koirala | G. P. Koirala; G.P. Koirala
Person | Than Shwe
Person | Thein Sein | U Thein Sein
Person | Norodom Sihanouk | Prince Sihanouk; King Sihanouk; Prince Norodom Sihanouk
Person | Pol Pot | Saloth Sar
Person | Ieng Sary
Person | Khieu Samphan
Person | Son Sann
Person | Norodom Ranariddh | Prince Ranariddh; Prince Norodom Ranariddh
Person | Pham Van Dong
Person | Le Duc Tho | Lê Đức Thọ
Person | Nguyen Thi Binh | Nguyễn Thị Bình; Madame Nguyen Thi Binh
Person | Nguyen Co Thach
Person | Nguyen Van Thieu | Nguyễn Văn Thiệu
Person | Souvanna Phouma | Prince Souvanna Phouma
Person | Mahathir Mohamad | Mahathir bin Mohamad; Tun Dr Mahathir Mohamad; Mahathir
Person | Abdullah Ahmad Badawi | Abdullah Badawi
Person | Lee Kuan Yew
Person | Lee Hsien Loong
Person | Sukarno | Soekarno
Person | Suharto | Soeharto
Person | B. J. Habibie | Bacharuddin Jusuf Habibie; B.J. Habibie
Person | Abdurrahman Wahid | Gus Dur
Person | Megawati Sukarnoputri | Megawati Soekarnoputri; Megawati
Person | Susilo Bambang Yudhoyono
Person | Mochtar Kusumaatmadja
Person | Ali Alatas
Person | Hassan Wirajuda | N. Hassan Wirajuda; Noer Hassan Wirajuda
Person | Jusuf Kalla | Muhammad Jusuf Kalla
Person | Hasan di Tiro | Hasan Muhammad di Tiro; Hasan Tiro
Person | Malik Mahmud | Malik Mahmud Al Haythar
Person | Xanana Gusmão | Xanana Gusmao; Kay Rala Xanana Gusmão; José Alexandre Gusmão; Xanana
Person | José Ramos-Horta | Jose Ramos-Horta; Ramos-Horta
Person | Ferdinand Marcos | Ferdinand E. Marcos; Ferdinand Edralin Marcos
Person | Corazon Aquino | Cory Aquino; Corazon C. Aquino
Person | Fidel V. Ramos | Fidel Ramos; Fidel Valdez Ramos
Person | Gloria Macapagal Arroyo | Gloria Macapagal-Arroyo; Gloria Arroyo
Person | Nur Misuari
Person | Hashim Salamat | Salamat Hashim
Person | Al Haj Murad Ebrahim | Murad Ebrahim; Ahod Balawag Ebrahim
Person | Jose Maria Sison | José María Sison; Joma Sison
Person | Mao Zedong | Mao Tse-tung; Mao Tse-Tung; Chairman Mao
Person | Zhou Enlai | Chou En-lai; Chou Enlai
Person | Deng Xiaoping | Teng Hsiao-ping
Person | Jiang Zemin
Person | Hu Jintao
Person | Qian Qichen
Person | Yang Jiechi
Person | Tenzin Gyatso | Dalai Lama; 14th Dalai Lama
Person | Kim Il Sung | Kim Il-sung
Person | Kim Jong Il | Kim Jong-il
Person | Kim Dae-jung | Kim Dae Jung
Person | Nursultan Nazarbayev | Nursultan Nazarbaev
Person | Emomali Rahmon | Emomali Rahmonov; Emomalii Rahmon
Person | Sayid Abdulloh Nuri | Said Abdullo Nuri; Sayed Abdullo Nuri
Person | Heydar Aliyev | Heydar Aliev; Geidar Aliyev
Person | Levon Ter-Petrosyan | Levon Ter-Petrossian
Person | Robert Kocharyan | Robert Kocharian
Person | Serzh Sargsyan | Serzh Sarkisian; Serge Sarkissian
Person | Eduard Shevardnadze
Person | Mikheil Saakashvili | Mikhail Saakashvili
Person | Vladislav Ardzinba
Person | Dzhokhar Dudayev | Dzhokhar Dudaev
Person | Aslan Maskhadov

# --- Europe and the Soviet Union
Person | Nikita Khrushchev | Nikita Sergeyevich Khrushchev
Person | Leonid Brezhnev | Leonid Ilyich Brezhnev
Person | Alexei Kosygin | Aleksei Kosygin
Person | Andrei Gromyko | Andrey Gromyko
Person | Mikhail Gorbachev | Mikhail Sergeyevich Gorbachev
Person | Boris Yeltsin | Boris Nikolayevich Yeltsin
Person | Andrei Kozyrev | Andrey Kozyrev
Person | Yevgeny Primakov | Yevgeniy Primakov; Evgeny Primakov
Person | Viktor Chernomyrdin | Victor Chernomyrdin
Person | Dmitry Medvedev | Dmitri Medvedev; Dmitriy Medvedev
Person | Josip Broz Tito | Josip Broz; Marshal Tito
Person | Slobodan Milošević | Slobodan Milosevic
Person | Franjo Tuđman | Franjo Tudjman; Franjo Tudman
Person | Alija Izetbegović | Alija Izetbegovic
Person | Radovan Karadžić | Radovan Karadzic
Person | Ratko Mladić | Ratko Mladic
Person | Ibrahim Rugova
Person | Hashim Thaçi | Hashim Thaci
Person | Margaret Thatcher
Person | Tony Blair | Anthony Blair
Person | Jack Straw
Person | Gerry Adams
Person | David Trimble
Person | Bertie Ahern
Person | George Mitchell | George J. Mitchell
Person | Charles de Gaulle | General de Gaulle
Person | François Mitterrand | Francois Mitterrand
Person | Jacques Chirac
Person | Nicolas Sarkozy
Person | Dominique de Villepin
Person | Helmut Kohl
Person | Hans-Dietrich Genscher
Person | Joschka Fischer
Person | Frank-Walter Steinmeier
Person | Johan Jørgen Holst | Johan Jorgen Holst
Person | Jonas Gahr Støre | Jonas Gahr Store

# --- The Americas
Person | John F. Kennedy | John Fitzgerald Kennedy; John Kennedy
Person | Lyndon B. Johnson | Lyndon Johnson; Lyndon Baines Johnson
Person | Richard Nixon | Richard M. Nixon
Person | Jimmy Carter | James Earl Carter
Person | Ronald Reagan | Ronald W. Reagan
Person | George H. W. Bush | George H.W. Bush; George Herbert Walker Bush
Person | George W. Bush | George Walker Bush
Person | Bill Clinton | William J. Clinton; William Jefferson Clinton
Person | Dean Rusk
Person | Henry Kissinger | Henry A. Kissinger
Person | George Shultz | George P. Shultz
Person | James Baker | James A. Baker; James A. Baker III; James Baker III
Person | Warren Christopher
Person | Madeleine Albright | Madeleine K. Albright
Person | Colin Powell | Colin L. Powell
Person | Condoleezza Rice
Person | Philip Habib
Person | Chester Crocker | Chester A. Crocker
Person | Richard Holbrooke | Richard C. Holbrooke
Person | Dennis Ross
Person | Anthony Zinni
Person | Zalmay Khalilzad
Person | L. Paul Bremer | Paul Bremer; L. Paul Bremer III
Person | Christopher Hill | Christopher R. Hill
Person | John Danforth | John C. Danforth
Person | Fidel Castro | Fidel Castro Ruz
Person | Raúl Castro | Raul Castro; Raúl Castro Ruz
Person | Daniel Ortega | Daniel Ortega Saavedra; José Daniel Ortega Saavedra
Person | Violeta Chamorro | Violeta Barrios de Chamorro
Person | Óscar Arias | Oscar Arias; Óscar Arias Sánchez; Oscar Arias Sanchez
Person | Alfredo Cristiani
Person | Schafik Handal | Schafik Jorge Handal
Person | Álvaro Arzú | Alvaro Arzu
Person | Álvaro Uribe | Alvaro Uribe; Álvaro Uribe Vélez
Person | Andrés Pastrana | Andres Pastrana; Andrés Pastrana Arango
Person | Manuel Marulanda | Tirofijo; Pedro Antonio Marín
Person | Hugo Chávez | Hugo Chavez; Hugo Chávez Frías; Hugo Rafael Chávez Frías
Person | Alberto Fujimori | Alberto Kenya Fujimori
Person | Augusto Pinochet | Augusto Pinochet Ugarte
Person | Leopoldo Galtieri
Person | Celso Amorim
Person | Jean-Bertrand Aristide | Jean Bertrand Aristide
Person | Raoul Cédras | Raoul Cedras

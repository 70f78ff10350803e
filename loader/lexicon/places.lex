# Places of the Syrian conflict and of its diplomacy
Place | Syria | Syrian Arab Republic | placeType=country
Place | Damascus | | placeType=city; country=Syria
Place | Aleppo | Halab | placeType=city; country=Syria
Place | Idlib | Idleb; Idlib province; Idlib governorate; Idlib region; rural Idlib; southern Idlib; southern countryside of Idlib; southern rural Idlib; northern Idlib | placeType=province; country=Syria
Place | Idlib city | city of Idlib | placeType=city; country=Syria
Place | Hama | Hama province; northern countryside of Hama; north of Hama; northern Hama | placeType=province; country=Syria
Place | Homs | Homs province | placeType=province; country=Syria
Place | northern countryside of Homs | northern Homs countryside; northern rural Homs; Homs countryside | placeType=region; country=Syria
Place | Latakia | Lattakia; Latakia province | placeType=province; country=Syria
Place | Tartus | Tartous | placeType=city; country=Syria
Place | Deir ez-Zor | Deir ez-Zour; Deir al-Zour; Deir Ezzor; Deir ez-Zor province | placeType=province; country=Syria
Place | Al-Raqqa | Raqqa; al-Raqqa; Ar-Raqqa; Raqqa province; Al-Raqqa province | placeType=province; country=Syria
Place | Al-Hasakah | Hasakah; Hasaka; al-Hasakah province; Hasakah province | placeType=province; country=Syria
Place | Daraa | Deraa; Dar'a; Daraa province | placeType=province; country=Syria
Place | As-Suwayda | Suwayda; Sweida; Suwaida | placeType=province; country=Syria
Place | Quneitra | | placeType=province; country=Syria
Place | Eastern Ghouta | eastern Ghouta; East Ghouta; Ghouta | placeType=region; country=Syria
Place | Douma | Duma | placeType=city; country=Syria
Place | Harasta | | placeType=town; country=Syria
Place | Afrin | Afrin region; Efrin | placeType=region; country=Syria
Place | Azaz | A'zaz; Aazaz | placeType=town; country=Syria
Place | Jarablus | | placeType=town; country=Syria
Place | al-Bab | Al-Bab | placeType=town; country=Syria
Place | Manbij | | placeType=city; country=Syria
Place | Kobani | Ayn al-Arab; Kobane | placeType=town; country=Syria
Place | Ras al-Ain | Ras al-Ayn; Ras al Ain; Serekaniye | placeType=town; country=Syria
Place | Tal Abyad | Tell Abyad; Tel Abyad | placeType=town; country=Syria
Place | north-east Syria | northeast Syria; north-eastern Syria; northeastern Syria | placeType=region; country=Syria
Place | north-west Syria | northwest Syria; north-western Syria; northwestern Syria | placeType=region; country=Syria
Place | Khan Sheikhoun | Khan Shaykhun; Khan Sheikhun; Khan Shaykhoun | placeType=town; country=Syria
Place | Maarat al-Numan | Maarrat al-Numan; Ma'arat al-Nu'man; Ma'arrat al-Nu'man; Maaret al-Numan; Maarat al-Nouman | placeType=city; country=Syria
Place | Saraqib | Saraqeb | placeType=town; country=Syria
Place | Ariha | | placeType=town; country=Syria
Place | Jisr al-Shughur | Jisr ash-Shughur | placeType=town; country=Syria
Place | Kafranbel | Kafr Nabl; Kafr Nubl; Kafr Nabel | placeType=town; country=Syria
Place | Jabal al-Zawiya | Jabal al-Zawiyah; Jabal Zawiya | placeType=region; country=Syria
Place | M4 highway | M4; M-4 highway | placeType=site; country=Syria
Place | M5 highway | M5; M-5 highway | placeType=site; country=Syria
Place | al-Rastan | Rastan; ar-Rastan | placeType=town; country=Syria
Place | Talbiseh | Talbisah; Talbisa | placeType=town; country=Syria
Place | Daraya | Darayya | placeType=town; country=Syria
Place | Madaya | | placeType=town; country=Syria
Place | Zabadani | | placeType=town; country=Syria
Place | Yarmouk camp | Yarmouk | placeType=camp; country=Syria
Place | al-Rukban camp | Rukban camp; al-Rukban; Rukban; Rukban IDP camp | placeType=camp; country=Syria
Place | al-Hol camp | al-Hol; Al-Hol camp; al-Hawl camp | placeType=camp; country=Syria
Place | Atmeh camp | Atmeh | placeType=camp; country=Syria
Place | Saydnaya prison | Sednaya prison; Saydnaya military prison; Sednaya; Saydnaya | placeType=site; country=Syria
Place | Bab al-Hawa | Bab al-Hawa crossing | placeType=site; country=Syria
Place | Bab al-Salama | Bab al-Salameh crossing | placeType=site; country=Syria
Place | Hmeimim | Hmeimim air base; Khmeimim | placeType=site; country=Syria
Place | Golan Heights | Golan | placeType=region; country=Syria
Place | Palmyra | Tadmur | placeType=city; country=Syria
Place | Qamishli | Qamishlo | placeType=city; country=Syria
# Cities of diplomacy
Place | Istanbul | | placeType=city; country=Turkey
Place | Ankara | | placeType=city; country=Turkey
Place | Gaziantep | | placeType=city; country=Turkey
Place | Geneva | Genève | placeType=city; country=Switzerland
Place | Astana | Nur-Sultan | placeType=city; country=Kazakhstan
Place | Sochi | | placeType=city; country=Russia
Place | Moscow | | placeType=city; country=Russia
Place | Tehran | | placeType=city; country=Iran
Place | Riyadh | | placeType=city; country=Saudi Arabia
Place | Cairo | | placeType=city; country=Egypt
Place | Amman | | placeType=city; country=Jordan
Place | Beirut | | placeType=city; country=Lebanon
Place | Doha | | placeType=city; country=Qatar
Place | Brussels | | placeType=city; country=Belgium
Place | Paris | | placeType=city; country=France
Place | London | | placeType=city; country=United Kingdom
Place | Berlin | | placeType=city; country=Germany
Place | Washington | Washington, D.C. | placeType=city; country=United States
Place | New York | | placeType=city; country=United States
Place | Vienna | | placeType=city; country=Austria
Place | The Hague | Hague | placeType=city; country=Netherlands
Place | Jeddah | | placeType=city; country=Saudi Arabia
Place | Tunis | | placeType=city; country=Tunisia
Place | Nouakchott | | placeType=city; country=Mauritania
Place | Dhahran | | placeType=city; country=Saudi Arabia
# Other cities where bodies meet and sign
Place | Makkah | Mecca; Makkah Al-Mukarramah | placeType=city; country=Saudi Arabia
Place | Toronto | | placeType=city; country=Canada
Place | Ottawa | | placeType=city; country=Canada
Place | Rome | | placeType=city; country=Italy
Place | Madrid | | placeType=city; country=Spain
Place | Lausanne | | placeType=city; country=Switzerland
Place | Montreux | | placeType=city; country=Switzerland
Place | Munich | | placeType=city; country=Germany
Place | Sharm el-Sheikh | Sharm El Sheikh | placeType=city; country=Egypt
Place | Baghdad | | placeType=city; country=Iraq
Place | Erbil | Irbil | placeType=city; country=Iraq
Place | Abu Dhabi | | placeType=city; country=United Arab Emirates
Place | Dubai | | placeType=city; country=United Arab Emirates
Place | Kuwait City | | placeType=city; country=Kuwait
Place | Muscat | | placeType=city; country=Oman
Place | Manama | | placeType=city; country=Bahrain
Place | Rabat | | placeType=city; country=Morocco
Place | Algiers | | placeType=city; country=Algeria
Place | Khartoum | | placeType=city; country=Sudan
Place | Tripoli | | placeType=city; country=Libya
Place | Islamabad | | placeType=city; country=Pakistan
Place | Kuala Lumpur | | placeType=city; country=Malaysia
Place | Jakarta | | placeType=city; country=Indonesia
Place | Tokyo | | placeType=city; country=Japan
Place | Beijing | | placeType=city; country=China
Place | Oslo | | placeType=city; country=Norway
Place | Stockholm | | placeType=city; country=Sweden
Place | Copenhagen | | placeType=city; country=Denmark
Place | Warsaw | | placeType=city; country=Poland
Place | Athens | | placeType=city; country=Greece
Place | Nicosia | | placeType=city; country=Cyprus
Place | Luxembourg | | placeType=city
Place | Strasbourg | | placeType=city; country=France
Place | Bern | | placeType=city; country=Switzerland
Place | Baku | | placeType=city; country=Azerbaijan
Place | Sulaymaniyah | | placeType=city; country=Iraq
Place | Hatay | Antakya | placeType=province; country=Turkey
Place | Kilis | | placeType=city; country=Turkey
Place | Sanliurfa | Şanlıurfa; Urfa | placeType=city; country=Turkey

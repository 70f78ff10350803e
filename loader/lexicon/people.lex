# Well-known office holders, with their usual spellings and transliterations.
Person | Bashar al-Assad | Bashar Assad; Bashar al-Asad; Assad
Person | Vladimir Putin | Putin
Person | Recep Tayyip Erdoğan | Recep Tayyip Erdogan; Tayyip Erdogan; Erdogan
Person | Sergei Lavrov | Sergey Lavrov; Lavrov
Person | Mevlüt Çavuşoğlu | Mevlut Cavusoglu; Mevlut Çavuşoğlu; Cavusoglu
Person | Hulusi Akar | Akar
Person | Hakan Fidan | Fidan
Person | Mohammad Javad Zarif | Javad Zarif; Zarif
Person | Staffan de Mistura | de Mistura
Person | Geir Pedersen | Geir O. Pedersen; Geir Otto Pedersen; Pedersen
Person | Kofi Annan | Annan
Person | Lakhdar Brahimi | Brahimi
Person | António Guterres | Antonio Guterres; Guterres
Person | Ahmed Aboul Gheit | Ahmed Aboul-Gheit; Ahmed Abul Gheit; Ahmed Abou El Gheit; Aboul Gheit
Person | Sameh Shoukry | Sameh Hassan Shoukry; Shoukry
Person | James Jeffrey | James F. Jeffrey; Jim Jeffrey
Person | Joel Rayburn | Rayburn
Person | Federica Mogherini | Mogherini
Person | Josep Borrell | Borrell
Person | Jens Stoltenberg | Stoltenberg
Person | Abdurrahman Mustafa | Abdulrahman Mustafa; Abdul Rahman Mustafa; Abdelrahman Mustafa; Abdul-Rahman Mustafa
Person | Nasr al-Hariri | Nasr Hariri; Nasr al Hariri
Person | Anas al-Abda | Anas al-Abdah; Anas Abdah; Anas al-Abdeh; Anas Abda
Person | Riad Seif | Riyad Seif; Riad Saif; Riyad Sayf
Person | Khaled Khoja | Khalid Khoja
Person | Hadi al-Bahra | Hadi Bahra; Hadi Albahra
Person | Salem al-Meslet | Salem al-Muslet; Salim al-Muslet
Person | Riad Hijab | Riyad Hijab; Riyad Hijab
Person | Moaz al-Khatib | Mouaz al-Khatib; Ahmad Moaz al-Khatib

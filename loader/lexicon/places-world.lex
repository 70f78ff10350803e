# Regions, islands, valleys, rivers and disputed territories that conflicts
# worldwide are fought over and communiqués name, which the gazetteer
# cannot know: it holds countries, first-level subdivisions and towns only,
# under GeoNames' spellings ("Al Hudaydah", "Western Darfur"). A region that
# is also a subdivision is here only for the name texts use for it.
#
# Middle East and North Africa
Place | Gaza Strip | Gaza | placeType=region; country=Palestine
Place | West Bank | occupied West Bank | placeType=region; country=Palestine
Place | East Jerusalem | occupied East Jerusalem | placeType=city; country=Palestine
Place | Sinai | Sinai Peninsula; North Sinai | placeType=region; country=Egypt
Place | Bekaa | Bekaa Valley; Beqaa; Beqaa Valley | placeType=region; country=Lebanon
Place | southern Lebanon | south Lebanon | placeType=region; country=Lebanon
Place | Litani River | Litani | placeType=region; country=Lebanon
Place | Shebaa Farms | | placeType=region; country=Lebanon
Place | Hodeidah | Hudaydah; Al Hudaydah; Hodeida | placeType=city; country=Yemen
Place | Kurdistan Region | Iraqi Kurdistan; Kurdistan Region of Iraq | placeType=region; country=Iraq
Place | Sinjar | Shingal; Mount Sinjar | placeType=region; country=Iraq
Place | Nineveh Plains | Nineveh Plain | placeType=region; country=Iraq
Place | Cyrenaica | | placeType=region; country=Libya
Place | Tripolitania | | placeType=region; country=Libya
Place | Fezzan | Fazzan | placeType=region; country=Libya
Place | Tindouf | Tindouf camps | placeType=town; country=Algeria
#
# Africa
Place | Darfur | Greater Darfur | placeType=region; country=Sudan
Place | West Darfur | Western Darfur | placeType=province; country=Sudan
Place | North Darfur | Northern Darfur | placeType=province; country=Sudan
Place | South Darfur | Southern Darfur | placeType=province; country=Sudan
Place | East Darfur | Eastern Darfur | placeType=province; country=Sudan
Place | Kordofan | | placeType=region; country=Sudan
Place | Abyei | Abyei Area | placeType=region; country=Sudan
Place | Ogaden | | placeType=region; country=Ethiopia
Place | Sahel | Sahel region | placeType=region
Place | Liptako-Gourma | Liptako Gourma | placeType=region
Place | Lake Chad Basin | Lake Chad region | placeType=region
Place | Lake Chad | | placeType=region
Place | Lake Tanganyika | | placeType=region
Place | Lake Kivu | | placeType=region
Place | Casamance | | placeType=region; country=Senegal
Place | Azawad | | placeType=region; country=Mali
Place | Somaliland | | placeType=region; country=Somalia
Place | Puntland | | placeType=region; country=Somalia
Place | Jubaland | | placeType=region; country=Somalia
Place | Kivu | the Kivus | placeType=region; country=Democratic Republic of the Congo
Place | Rift Valley | Great Rift Valley | placeType=region; country=Kenya
Place | Caprivi Strip | Caprivi | placeType=region; country=Namibia
Place | Cabinda | | placeType=province; country=Angola
#
# Europe and the Caucasus
Place | Donbas | Donbass; Donbas region | placeType=region; country=Ukraine
Place | Crimea | Crimean peninsula | placeType=region; country=Ukraine
Place | Transnistria | Transdniestria; Pridnestrovie | placeType=region; country=Moldova
Place | Abkhazia | | placeType=region; country=Georgia
Place | South Ossetia | Tskhinvali region | placeType=region; country=Georgia
Place | Nagorno-Karabakh | Nagorno Karabakh; Karabakh | placeType=region; country=Azerbaijan
Place | Northern Ireland | | placeType=region; country=United Kingdom
Place | Basque Country | | placeType=region; country=Spain
#
# Asia and the Pacific
Place | Kashmir | | placeType=region; country=India
Place | Waziristan | North Waziristan; South Waziristan | placeType=region; country=Pakistan
Place | Terai | Tarai; Madhesh | placeType=region; country=Nepal
Place | Chittagong Hill Tracts | | placeType=region; country=Bangladesh
Place | Jaffna | Jaffna peninsula | placeType=city; country=Sri Lanka
Place | Vanni | Wanni | placeType=region; country=Sri Lanka
Place | Mindanao | | placeType=region; country=Philippines
Place | Sulu | Sulu archipelago | placeType=region; country=Philippines
Place | Jolo | Jolo Island | placeType=town; country=Philippines
Place | Basilan | | placeType=province; country=Philippines
Place | West Timor | | placeType=region; country=Indonesia
Place | Papua | West Papua | placeType=region; country=Indonesia
Place | Bougainville | | placeType=region; country=Papua New Guinea
Place | Guadalcanal | | placeType=province; country=Solomon Islands
Place | Malaita | | placeType=province; country=Solomon Islands
Place | Ferghana Valley | Fergana Valley | placeType=region
Place | Xinjiang | | placeType=region; country=China
Place | Tibet | | placeType=region; country=China
#
# The Americas
Place | Catatumbo | | placeType=region; country=Colombia
Place | Darién Gap | Darien Gap | placeType=region; country=Panama
Place | Chapare | | placeType=region; country=Bolivia
Place | Cordillera del Cóndor | Cordillera del Condor | placeType=region
Place | Cenepa | Cenepa valley; upper Cenepa | placeType=region; country=Peru

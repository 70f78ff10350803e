# Instruments: resolutions, communiqués, ceasefires and memoranda
Agreement | Geneva Communiqué | Geneva Communique; Geneva I Communiqué; Geneva I Communique; Geneva I; Action Group for Syria Final Communiqué | date=2012-06-30; place=Geneva
Agreement | Sochi memorandum | Sochi agreement; Sochi Memorandum of Understanding; Idlib agreement; Idlib memorandum; Memorandum on Stabilization of the Situation in the Idlib De-escalation Area; Sochi deal; Sochi cease-fire agreement; Sochi ceasefire agreement; Turkish-Russian memorandum on Idlib | date=2018-09-17; place=Sochi
Agreement | Moscow additional protocol | Moscow protocol; Additional Protocol to the Memorandum on Stabilization of the Situation in the Idlib De-escalation Area; Moscow agreement | date=2020-03-05; place=Moscow
Agreement | Astana memorandum on de-escalation zones | de-escalation memorandum; Astana de-escalation agreement; Memorandum on the creation of de-escalation areas | date=2017-05-04; place=Astana
Agreement | Ankara ceasefire agreement | nationwide ceasefire of December 2016; Ankara ceasefire; Syria-wide ceasefire of December 2016 | date=2016-12-29
Agreement | Vienna Statement | Vienna statement of the International Syria Support Group | date=2015-11-14; place=Vienna
Agreement | Riyadh II Communiqué | Riyadh 2 Communiqué; Riyadh II statement | place=Riyadh
Agreement | Chemical Weapons Convention | CWC; Convention on the Prohibition of Chemical Weapons
Agreement | North Atlantic Treaty | Washington Treaty; NATO Treaty | date=1949-04-04; place=Washington
Agreement | Charter of the United Nations | UN Charter; United Nations Charter

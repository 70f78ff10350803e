# Office titles. The canonical title is what HOLDS_ROLE carries when the
# text uses a variant; titles the text writes otherwise are kept as written.
Role | President | Chairman; Chair | internal
Role | Vice-President | Vice President; Deputy President; Vice-Chairman; Vice Chairman | internal
Role | Head | Chief; Leader | internal
Role | Secretary-General | Secretary General; General Secretary | internal
Role | Deputy Secretary-General | Deputy Secretary General; Assistant Secretary-General | internal
Role | Prime Minister | Premier | government
Role | Deputy Prime Minister | | government
Role | Foreign Minister | Minister of Foreign Affairs; Minister for Foreign Affairs; Foreign Secretary; Minister for Europe and Foreign Affairs; Secretary of Foreign Affairs; Secretary for Foreign Affairs | government
Role | Deputy Foreign Minister | Deputy Minister of Foreign Affairs; Vice Foreign Minister | government
Role | Defence Minister | Defense Minister; Minister of Defence; Minister of Defense | government
Role | Interior Minister | Minister of Interior; Minister of the Interior | government
Role | Home Minister | Minister of Home Affairs; Union Home Minister; Home Secretary; Secretary of State for the Home Department | government
Role | Inspector-General of Police | Inspector General of Police | government
Role | Minister | | government
Role | Secretary of State | Acting Secretary of State | government
Role | Permanent Representative | Permanent Representative to the United Nations; UN Ambassador | government
Role | Special Presidential Envoy | Special Presidential Envoy for the Syrian settlement | government
Role | Deputy Undersecretary | Deputy Undersecretary for Foreign Affairs; Undersecretary; Under-Secretary | government
Role | Senior Assistant to the Foreign Minister | Senior Assistant to the Foreign Minister for Special Political Affairs | government
Role | Joint Special Envoy | Joint Special Envoy for Syria
Role | Ambassador | | government
Role | Special Envoy | Special Envoy for Syria; Envoy; Special Envoy of the Secretary-General for Syria
Role | Deputy Special Envoy | Deputy Special Envoy for Syria
Role | Special Representative | Special Representative for Syria Engagement; Special Representative for Syria
Role | High Representative | High Representative for Foreign Affairs and Security Policy
Role | Spokesperson | Spokesman; Spokeswoman; Official Spokesperson | internal
Role | Member | member | internal
Role | Co-chair | co-chair; Co-Chair
Role | Director | director; Director-General; Director General
Role | Commander | commander
Role | Chief of Staff
Role | Emir | Amir
Role | King
Role | Crown Prince
Role | Coordinator | coordinator
Role | Photographer | photographer
Role | Representative | representative
Role | Chancellor | Federal Chancellor | government
Role | Vice-Chancellor | Vice Chancellor; Federal Vice-Chancellor | government
Role | Taoiseach | | government
Role | Chief Minister | | government
Role | Federal Councillor | | government
Role | Minister of Local Administration | | government
Role | Minister of Defence | | government
Role | Prosecutor General | Prosecutor-General | government
Role | Procurator General | Procurator-General | government
Role | Attorney General | Attorney-General | government
Role | Chief Justice | | government
Role | Justice Minister | Minister of Justice; Minister for Justice | government
Role | Finance Minister | Minister of Finance; Minister for Finance | government
Role | Chief of Defence Staff | Chief of the Defence Staff | government
Role | Chief of Defense Staff | Chief of the Defense Staff | government
Role | Chief of Defence Forces | Chief of the Defence Forces | government
Role | Chief of General Staff | Chief of the General Staff | government
Role | Chief of Army Staff | Chief of the Army Staff | government
Role | Commissioner of Police | Police Commissioner | government
Role | Deputy Minister | | government
Role | Minister of State | | government

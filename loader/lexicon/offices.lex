# Office titles of international and regional bodies and of governments
# worldwide (roles.lex has the titles of the Syrian files; an entry here with
# the same title adds variants or a flag to it).
#
# Flags (see README.md):
# - internal: an office inside a body, which the body's own communiqués name
#   bare ("Chairperson X" in an AU Commission statement is the Commission's).
# - government: an office of a state's government, which takes the state
#   named just before it ("Kenyan Cabinet Secretary X and Cabinet Secretary Y").
# - neither: the title names its body or state in the text, or is held in one
#   body on behalf of another (a Special Representative of the
#   Secretary-General is named in Security Council and AU texts alike, so a
#   bare one is not the issuer's).
# - body=NAME: the title's own words name its body in a way the text does not
#   spell out ("High Representative of the Union for Foreign Affairs and
#   Security Policy" is the European Union's).
# Titles written with their body ("President of the Commission", "Chairperson
# of the AU Commission") are not entries: the bare title finds its body in
# "of the Commission". Plurals are not entries.

# --- Offices inside a body
Role | Chairperson | Chairwoman | internal
Role | Vice-Chairperson | Deputy Chairperson; Vice-Chairwoman; Deputy Chairman; Deputy Chairwoman; Vice-Chair; Deputy Chair | internal
Role | Chairperson-in-Office | Chairman-in-Office; Chair-in-Office | internal
Role | Executive Secretary | | internal
Role | Secretary
Role | Deputy Executive Secretary | | internal
Role | Executive Director | | internal
Role | Deputy Executive Director | | internal
Role | Rapporteur | | internal
Role | Head of Mission | | internal
Role | Deputy Head of Mission | Deputy Head | internal

# --- Offices of international bodies that the text ties to their body
Role | Commissioner
Role | High Commissioner
Role | High Representative of the Union for Foreign Affairs and Security Policy | | body=European Union
Role | Deputy High Commissioner
Role | Under-Secretary-General
Role | Special Representative of the Secretary-General | SRSG; Special Representative of the UN Secretary-General; Special Representative of the United Nations Secretary-General
Role | Deputy Special Representative | Deputy Special Representative of the Secretary-General; DSRSG
Role | Acting Special Representative | Acting Special Representative of the Secretary-General
Role | Special Envoy | Special Envoy of the Secretary-General; Special Envoy of the UN Secretary-General
Role | Personal Envoy | Personal Envoy of the Secretary-General
Role | Special Coordinator
Role | Resident Coordinator | Resident and Humanitarian Coordinator
Role | Humanitarian Coordinator
Role | Special Adviser | Special Advisor
Role | Special Rapporteur
Role | Force Commander
Role | Chief Military Observer | Chief Military Liaison Officer
Role | Prosecutor | Chief Prosecutor
Role | Mediator | Chief Mediator; Lead Mediator
Role | Facilitator
Role | Chief Negotiator | Lead Negotiator
Role | Speaker
Role | Deputy Speaker
Role | Ombudsman | Ombudsperson; Public Defender; Defender of the People; Human Rights Defender
Role | Prosecutor General | Prosecutor-General; Procurator General; Procurator-General
Role | Inspector General | Inspector-General
Role | Auditor-General | Auditor General
Role | Registrar
Role | Advocate-General | Advocate General
Role | Public Prosecutor
Role | Director of Public Prosecutions
Role | Chief Judge
Role | Rector
Role | Chief Executive Officer | CEO
Role | Chief Executive
Role | Convener | Convenor | internal
Role | Treasurer | | internal

# --- Offices of a state's government
Role | Head of State | | government
Role | Head of Government | | government
Role | Prime Minister | Interim Prime Minister; Transitional Prime Minister; Caretaker Prime Minister; Acting Prime Minister
Role | First Vice-President | | government
Role | Interim President | | government
Role | Transitional President | | government
Role | Acting President
Role | Cabinet Secretary | | government
Role | Minister of State | | government
Role | State Minister | | government
Role | Deputy Minister | | government
Role | Vice Minister | Vice-Minister; First Vice Minister; Second Vice Minister; First Vice-Minister; Second Vice-Minister | government
Role | External Affairs Minister | Minister of External Affairs; Minister for External Affairs | government
Role | National Security Adviser | National Security Advisor | government
Role | Deputy Permanent Representative | | government
Role | Chargé d'Affaires | | government
Role | Chief of General Staff | Chief of the General Staff | government
Role | Chief of Defence Staff | Chief of the Defence Staff; Chief of Defense Staff; Chief of the Defense Staff | government
Role | Chief of Defence Forces | Chief of Defense Forces | government
Role | Army Chief | Army Chief of Staff; Chief of Army Staff; Chief of the Army Staff | government
Role | Commander-in-Chief
Role | Supreme Leader
Role | Governor
Role | Governor-General | Governor General | government
Role | Attorney-General | Attorney General | government
Role | Minister-President | Minister President | government
Role | Leader of the Opposition | Opposition Leader | government
Role | Chief Justice | | government
Role | Solicitor-General | Solicitor General | government
Role | Commissioner of Police | Police Commissioner | government
Role | Chief Secretary | | government
Role | Permanent Secretary | | government
Role | State Counsellor | | government
Role | Solicitor-General | Solicitor General | government
Role | Premier | | government
Role | Mayor
Role | Custodian of the Two Holy Mosques | Servant of the Two Holy Mosques | body=Saudi Arabia

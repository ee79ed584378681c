# SPDX-License-Identifier: GPL-2.0-or-later
"""vocab.py - hand-written word lists for the minutes generator: real
Danish municipalities and regions, council bodies, names, places, and the
themes councils for socially vulnerable people discuss (with inflected
forms and compounds), agenda-item titles and sentence templates."""

KOMMUNER = (
    "Albertslund Allerød Assens Ballerup Billund Brøndby Brønderslev Dragør "
    "Egedal Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg "
    "Frederikshavn Frederikssund Furesø Faaborg-Midtfyn Gentofte Gladsaxe "
    "Glostrup Greve Gribskov Guldborgsund Haderslev Halsnæs Hedensted "
    "Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro Horsens "
    "Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt "
    "Kalundborg Kerteminde Kolding Køge Langeland Lejre Lemvig Lolland "
    "Lyngby-Taarbæk Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyns "
    "Nyborg Næstved Odder Odense Odsherred Randers Rebild Ringkøbing-Skjern "
    "Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg Skanderborg Skive "
    "Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg "
    "Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerlands "
    "Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus"
).split()

REGIONER = ("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland",
            "Nordjylland")
REGION_SEATS = {"Hovedstaden": "Hillerød", "Sjælland": "Sorø",
                "Syddanmark": "Vejle", "Midtjylland": "Viborg",
                "Nordjylland": "Aalborg"}

# (definite noun, short noun for "Udvalg:", file-name slug, weight)
BODIES_KOMMUNE = (
    ("Udsatterådet", "Udsatteråd", "udsatteraad", 6),
    ("Rådet for Socialt Udsatte", "Rådet for Socialt Udsatte",
     "raadet-for-socialt-udsatte", 2),
    ("Handicaprådet", "Handicapråd", "handicapraad", 2),
    ("Ældrerådet", "Ældreråd", "aeldreraad", 1),
    ("Integrationsrådet", "Integrationsråd", "integrationsraad", 1),
    ("Socialudvalget", "Socialudvalg", "socialudvalget", 2),
)
BODIES_REGION = (
    ("Udsatterådet", "Udsatteråd", "udsatteraad", 4),
    ("Handicaprådet", "Handicapråd", "handicapraad", 1),
    ("Psykiatriudvalget", "Psykiatriudvalg", "psykiatriudvalget", 1),
)

FORNAVNE_K = (
    "Anne Mette Hanne Susanne Lone Karen Birgitte Marianne Lene Helle Pia "
    "Tina Louise Camilla Maria Ida Sofie Else Inge Kirsten Bente Annette "
    "Dorthe Charlotte Rikke Henriette Jette Vibeke Maja Line"
).split()
FORNAVNE_M = (
    "Peter Jens Lars Søren Niels Henrik Michael Thomas Jan Hans Morten "
    "Anders Martin Jesper "
    "Bo Poul Ole Per Kim Steen Torben Bjarne Preben Erik Jørgen Frederik "
    "Rasmus Mads Kasper Jakob Christian Kristian Mikkel"
).split()
EFTERNAVNE = (
    "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen "
    "Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen "
    "Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
    "Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Holm Schmidt "
    "Eriksen Kristiansen Clausen Simonsen Svendsen Andreasen Iversen "
    "Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær Dam Bach Lauritsen "
    "Graversen Dahl Thorup Bruhn Lindegaard Grauslund Søjmark Frahm"
).split()

STEDER = (
    "Rådhuset, mødelokale {n}", "Rådhuset, udvalgsværelse {n}",
    "Frivilligcenteret", "Sundhedshuset, lokale {n}", "Jobcenteret, lokale "
    "{n}", "Varmestuen", "Kirkens Korshærs Varmestue", "Blå Kors Varmestue",
    "Borgerservice, mødelokale {n}", "Lokale A{n}.{m}", "Medborgerhuset",
    "Café Paraplyen", "Værestedet", "Forsorgshjemmet", "Biblioteket, "
    "mødelokale {n}", "Regionshuset, mødelokale F{n}",
)
GADER = (
    "Østergade", "Vestergade", "Nørregade", "Søndergade", "Jernbanegade",
    "Torvegade", "Kirkegade", "Fredensgade", "Skolegade", "Havnegade",
    "Bethaniagade", "Slotsgade", "Rådhuspladsen", "Banegårdspladsen",
)
ORGANISATIONER = (
    "Kirkens Korshær", "Blå Kors", "Røde Kors", "Frelsens Hær",
    "KFUM's Sociale Arbejde", "SAND", "Bedre Psykiatri", "LMS",
    "Gadejuristen", "Projekt Udenfor", "Reden", "Sind", "Hus Forbi",
    "Hjemløseenheden", "Landsforeningen af væresteder", "Det Sociale Netværk",
    "Settlementet", "Mødrehjælpen", "Dansk Flygtningehjælp", "Ældre Sagen",
    "Danske Handicaporganisationer", "Rådet for Socialt Udsatte",
)
FORVALTNINGER = (
    "Social- og Sundhedsforvaltningen", "Beskæftigelses- og "
    "Socialforvaltningen", "Handicap og Psykiatri", "Socialafdelingen",
    "Voksenområdet", "Myndighedsafdelingen", "Sundhed og Omsorg",
)
MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december")
UGEDAGE = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag",
           "Søndag")

# Theme -> words and phrases in many forms (inflections, compounds). The
# sentence templates put them in the {x} and {y} slots.
TEMAER = {
    "hjemløshed": (
        "hjemløse", "hjemløs", "hjemløshed", "hjemløsheden",
        "hjemløsetællingen", "hjemløsetælling", "hjemløsestrategien",
        "herberget", "herbergspladser", "forsorgshjemmet", "forsorgshjem",
        "gadesovere", "Housing First", "boligløse borgere",
        "nødovernatning", "natcaféen", "hjemløse unge", "udsættelser",
        "hjemløseenheden", "de hjemløses forhold",
    ),
    "rusmidler": (
        "rusmiddelbehandling", "rusmidler", "rusmiddel", "rusmiddelcenteret",
        "rusmiddelindsatsen", "misbrug", "misbruget", "misbrugsbehandling",
        "misbrugere", "stofmisbrug", "alkoholmisbrug", "alkoholbehandling",
        "stofindtagelsesrum", "fixerum", "substitutionsbehandling",
        "heroinklinikken", "abstinensbehandling", "behandlingsgarantien",
        "stofbrugere", "narkorelaterede dødsfald",
    ),
    "bolig": (
        "boliger", "bolig", "boligen", "boligsociale indsatser",
        "boligorganisationerne", "boligforeningerne", "skæve boliger",
        "almene boliger", "billige boliger", "huslejen", "boligtilbud",
        "botilbud", "bostøtte", "boligsocial vejledning", "boligstøtte",
        "midlertidige boliger", "boligmangel", "egen bolig",
    ),
    "psykiatri": (
        "psykiatrien", "psykiatri", "psykiatrisk behandling",
        "psykiske lidelser", "psykisk sygdom", "dobbeltdiagnoser",
        "dobbeltdiagnose", "distriktspsykiatrien", "regionspsykiatrien",
        "psykiatriplanen", "selvmordsforebyggelse", "indlæggelser",
        "psykiatriske patienter", "opsøgende psykiatri", "socialpsykiatrien",
        "psykologhjælp", "mental sundhed", "pårørende til psykisk syge",
    ),
    "frivillige": (
        "frivillige", "frivillig", "frivilligt arbejde", "frivilligheden",
        "frivilligcenteret", "foreninger", "foreningerne", "civilsamfundet",
        "væresteder", "værestedet", "varmestuen", "varmestuer",
        "frivillige organisationer", "foreningslivet", "§ 18-midler",
        "frivilligpolitikken", "de frivilliges indsats",
    ),
    "beskæftigelse": (
        "beskæftigelse", "kontanthjælp", "kontanthjælpen", "jobcenteret",
        "ressourceforløb", "fleksjob", "arbejdsmarkedet",
        "det rummelige arbejdsmarked", "uddannelseshjælp", "sygedagpenge",
        "virksomhedspraktik", "revalidering", "socialøkonomiske virksomheder",
        "beskæftigelsesindsatsen", "løntilskud", "job og uddannelse",
    ),
    "sundhed": (
        "sundhed", "sundhedsvæsenet", "sundhedstilbud", "tandpleje",
        "tandplejen", "socialsygeplejersken", "socialsygeplejerskerne",
        "praktiserende læger", "lægevagten", "ulighed i sundhed",
        "medicinudlevering", "sundhedsrummet", "sundhedshuset",
        "sundhedsreformen", "sundhedsaftalen", "gadesygeplejen",
        "forebyggelse", "sundhedsplejen",
    ),
    "unge": (
        "unge", "sårbare unge", "ungeindsatsen", "ungdomsuddannelse",
        "efterværn", "anbragte unge", "overgangen fra ung til voksen",
        "ungecenteret", "skolefravær", "unges trivsel", "ungdomskriminalitet",
        "uddannelsespålæg", "unge under 25 år", "mentorordningen",
    ),
    "økonomi": (
        "økonomi", "budgettet", "budget", "budgetforhandlingerne",
        "bevillingen", "bevillinger", "satspuljemidler", "puljemidler",
        "underskudsgaranti", "besparelser", "handleplanen", "udgifterne",
        "tilskud", "driftsbudgettet", "anlægsbudgettet", "økonomiaftalen",
    ),
    "tryghed": (
        "tryghed", "utryghed", "kriminalitet", "politiet", "løsladelse",
        "den gode løsladelse", "overvågning", "organiseret kriminalitet",
        "chikane", "vold", "trygheden i byrummet", "nattevagter",
        "tryghedsvandringer", "konflikter", "opsøgende medarbejdere",
    ),
    "handicap": (
        "handicap", "handicappede", "tilgængelighed", "hjælpemidler",
        "handicappolitikken", "handicapområdet", "ledsagelse",
        "botilbuddene", "socialtilsynet", "borgere med handicap",
        "udviklingshæmmede", "autisme", "hjerneskade", "specialundervisning",
    ),
    "ældre": (
        "ældre", "ældreplejen", "plejehjem", "plejehjemmene", "demens",
        "pårørende", "pårørendeinddragelse", "hjemmeplejen", "ensomme ældre",
        "ældrepolitikken", "madordningen", "genoptræning", "aflastning",
    ),
    "integration": (
        "flygtninge", "integration", "integrationsindsatsen", "tolkning",
        "tolkebistand", "udokumenterede migranter", "migranter",
        "socialt udsatte grønlændere", "danskundervisning", "sprogskolen",
        "nyankomne", "familiesammenføring", "repatriering",
    ),
    "fællesskab": (
        "ensomhed", "fællesskab", "fællesskaber", "inkluderende fællesskaber",
        "inklusion", "socialt samvær", "aktiviteter", "udsatteugen",
        "Udsattedagen", "julefrokosten", "idræt for udsatte", "Ombold",
        "gadeidræt", "foreningsfællesskaber", "mødesteder",
    ),
    "inddragelse": (
        "brugerinddragelse", "inddragelse", "borgerinddragelse",
        "høringssvar", "høringen", "udsattepolitikken", "politikken",
        "kommissoriet", "forretningsordenen", "årsberetningen",
        "årsrapporten", "dialogmøde", "anbefalinger", "funktionsperioden",
    ),
}

# Agenda items every meeting may have, by layout family.
FASTE_PUNKTER_START = (
    "Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde",
    "Opfølgning på sidste møde", "Velkomst og program for mødet",
    "Meddelelser fra formanden", "Siden sidst ved formanden",
)
FASTE_PUNKTER_SLUT = (
    "Nyt fra forvaltningen", "Gensidig orientering",
    "Aktuelt fra foreningerne", "Næste møde", "Eventuelt", "Evt.",
    "Orientering fra formandskabet", "Mødeplan for {aar}",
)
TITEL_SKABELONER = (
    "Orientering om {x}", "Status på {x}", "Drøftelse af {x}",
    "Høring: {X}", "Tema: {X}", "Oplæg om {x} v. {navn}",
    "Budget {aar}: {X}", "Opfølgning på {x}", "{X} – status og drøftelse",
    "Høring af kvalitetsstandard for {x}", "Evaluering af {x}",
    "Handleplan for {x} {aar}-{aar2}", "Besøg i {org}", "Oplæg fra {org}",
    "Input til {x}", "Årsberetning {aar}", "{X}", "Projekt {X}",
    "Henvendelse fra {org} om {x}", "Udmøntning af {x}",
)

# Sentence templates. Slots: {raad} council noun (definite), {raads}
# its genitive, {kommune} authority, {by} its town, {x} {y} theme words,
# {navn} a person, {org} an organisation, {forv} an administration, {aar}
# a year, {tal} a number, {dato} a date, {maaned} a month.
SAETNINGER = (
    "{Raad} drøftede status på indsatsen for {x} i {kommune}.",
    "Forvaltningen orienterede om arbejdet med {x}, herunder {y}.",
    "Der blev spurgt til, hvordan {kommune} sikrer {x} fremadrettet.",
    "Det blev aftalt, at {x} sættes på dagsordenen til næste møde.",
    "{Navn} fortalte om erfaringerne med {x} og {y} i {by}.",
    "Der er i {aar} afsat {tal} mio. kr. til {x} i {kommune}.",
    "{Raad} anbefaler, at der arbejdes videre med {x} i samarbejde med "
    "{org}.",
    "{Raad} tog orienteringen om {x} til efterretning.",
    "Der var enighed om, at {x} er et vigtigt emne for {raads} arbejde.",
    "{Navn} fra {org} gav et oplæg om {x} og svarede på spørgsmål fra "
    "rådets medlemmer.",
    "Rådet ønsker en status på {x} på et kommende møde.",
    "Det indstilles, at {raad} drøfter {x} og kommer med input til {y}.",
    "Antallet af borgere, der har brug for {x}, er steget med {tal} procent "
    "siden {aar}.",
    "{Forv} har udarbejdet et notat om {x}, som er vedlagt som bilag.",
    "I {kommune} er der fokus på {x}, og der er etableret et tæt samarbejde "
    "med {org}.",
    "Rådet udtrykte bekymring for {x} og opfordrede til, at {y} prioriteres "
    "i budgettet for {aar}.",
    "Der blev peget på, at {x} og {y} hænger tæt sammen for borgere i "
    "udsatte positioner.",
    "Punktet om {x} blev udsat til mødet den {dato}.",
    "{Navn} orienterede om, at {org} har modtaget en bevilling til {x}.",
    "Formanden takkede for et godt oplæg om {x}.",
    "Det er vigtigt, at borgerne oplever sammenhæng mellem {x} og {y}.",
    "Høringssvaret om {x} blev godkendt med de bemærkninger, der kom frem "
    "på mødet.",
    "Der er udarbejdet en kortlægning af {x} i {kommune}, som viser store "
    "forskelle mellem bydelene.",
    "{Raad} besluttede at sende et brev til udvalget om {x}.",
    "Medlemmerne fortalte om deres oplevelser med {x} i hverdagen.",
    "Der arbejdes på en ny model for {x}, som forventes klar i {maaned} "
    "{aar}.",
    "Rådet bakker op om forslaget og ser gerne, at {x} udbredes til hele "
    "kommunen.",
    "Det blev nævnt, at {x} kræver et bedre samarbejde mellem kommunen og "
    "regionen.",
    "{Navn} foreslog, at rådet besøger {org} for at høre mere om {x}.",
    "Forvaltningen vil undersøge mulighederne for {x} og vende tilbage.",
)

BESLUTNINGER = (
    "Godkendt.", "Orienteringen blev taget til efterretning.",
    "Referatet blev godkendt.", "Dagsordenen blev godkendt.",
    "Ingen bemærkninger.", "Intet at bemærke.", "Punktet udgår.",
    "Rådet tog orienteringen til efterretning.",
    "Indstillingen blev godkendt.", "Drøftet.",
)

BILAG = (
    "Referat fra sidste møde", "Notat om {x}", "Kommissorium for {raad}",
    "Oversigt over {x}", "Præsentation fra oplægsholder",
    "Kvalitetsstandard for {x}", "Høringsmateriale", "Årsrapport {aar}",
    "Handleplan for {x}", "Slides fra mødet", "Økonomioversigt {aar}",
)

"""Deals whose parties are not named in one sentence: two- or three-sentence articles written for these tests in
each language, one shape of discourse each (a description or pronoun standing for a firm named before, by a
generic noun or one of its trade; a firm in talks with a seller; a buyer named in the next sentence; a deal noun
opening its sentence; a deal noun with no complement; a quote; a description opening a paragraph). The shapes
the extractor does not read yet are kept as strict expected failures: the day one passes, the mark must go."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

ARTICLES = [
    ('desc-subject', 'en', [
        'Norvik Pumps expands',
        'Norvik Pumps makes industrial pumps in Leeds. Since 2019 the company has supplied Network Rail with '
        'drainage pumps under a framework contract.'],
     'contract', {('Network Rail', 'customer'), ('Norvik Pumps', 'supplier')}),
    ('desc-subject', 'de', [
        'Kessler wächst',
        'Die Kessler Hydraulik GmbH baut Pumpen in Ulm. Seit 2019 beliefert das Unternehmen die Deutsche Bahn '
        'mit Entwässerungspumpen.'],
     'contract', {('Deutsche Bahn', 'customer'), ('Kessler Hydraulik', 'supplier')}),
    ('desc-subject', 'fr', [
        'Verrerie Dumas grandit',
        "Verrerie Dumas fabrique des flacons à Reims. Depuis 2019, l'entreprise fournit Moët Hennessy en "
        'bouteilles de champagne.'],
     'contract', {('Moët Hennessy', 'customer'), ('Verrerie Dumas', 'supplier')}),
    ('desc-subject', 'es', [
        'Conservas Miramar crece',
        'Conservas Miramar fabrica latas en Vigo. Desde 2019 la empresa suministra envases a Mercadona.'],
     'contract', {('Conservas Miramar', 'supplier'), ('Mercadona', 'customer')}),
    ('desc-subject', 'en', [
        'Tarrant Foods weighs options',
        'Tarrant Foods posted a loss for the third year running. The Bristol-based group is in talks with '
        'Atlas Partners about selling its frozen-food arm, people familiar with the matter said.'],
     'acquisition', {('Atlas Partners', 'acquirer'), ('Tarrant Foods', 'seller')}),
    ('desc-subject', 'de', [
        'Kessler sortiert um',
        'Die Kessler Hydraulik GmbH schreibt seit drei Jahren Verluste. Der Ulmer Konzern verhandelt mit dem '
        'Finanzinvestor Brenntal Capital über den Verkauf seiner Gießerei.'],
     'acquisition', {('Brenntal Capital', 'acquirer'), ('Kessler Hydraulik', 'seller')}),
    ('desc-subject', 'fr', [
        'Verrerie Dumas se recentre',
        "Verrerie Dumas a perdu de l'argent pour la troisième année. Le groupe rémois négocie avec le fonds "
        'Lys Capital la cession de sa filiale de moulage.'],
     'acquisition', {('Lys Capital', 'acquirer'), ('Verrerie Dumas', 'seller')}),
    ('desc-subject', 'es', [
        'Conservas Miramar se reordena',
        'Conservas Miramar perdió dinero por tercer año. La compañía gallega negocia con el fondo Nortia '
        'Capital la venta de su filial de envases.'],
     'acquisition', {('Conservas Miramar', 'seller'), ('Nortia Capital', 'acquirer')}),
    ('desc-object', 'en', [
        'Norvik Pumps listed',
        'Norvik Pumps makes industrial pumps in Leeds. The investment firm Atlas Partners took a 30% stake in '
        'the company in 2021.'],
     'investment', {('Atlas Partners', 'investor'), ('Norvik Pumps', 'investee')}),
    ('desc-object', 'de', [
        'Kessler an der Börse',
        'Die Kessler Hydraulik GmbH baut Pumpen in Ulm. Der Finanzinvestor Brenntal Capital hatte sich 2021 '
        'mit 30 Prozent an dem Unternehmen beteiligt.'],
     'investment', {('Brenntal Capital', 'investor'), ('Kessler Hydraulik', 'investee')}),
    ('desc-object', 'fr', [
        'Verrerie Dumas en Bourse',
        'Verrerie Dumas fabrique des flacons à Reims. Le fonds Lys Capital avait pris 30 % du capital de '
        "l'entreprise en 2021."],
     'investment', {('Lys Capital', 'investor'), ('Verrerie Dumas', 'investee')}),
    ('desc-object', 'es', [
        'Conservas Miramar sale a bolsa',
        'Conservas Miramar fabrica latas en Vigo. El fondo Nortia Capital compró un 30% de la empresa en 2021.'],
     'investment', {('Conservas Miramar', 'investee'), ('Nortia Capital', 'investor')}),
    ('pronoun-possessive', 'en', [
        'Tarrant Foods refocuses',
        'Tarrant Foods wants to grow in snacks. In 2024 it sold its frozen-food arm to Atlas Partners for £200 '
        'million.'],
     'acquisition', {('Atlas Partners', 'acquirer'), ('Tarrant Foods', 'seller')}),
    ('pronoun-possessive', 'de', [
        'Kessler baut um',
        'Die Kessler Hydraulik GmbH will bei Pumpen wachsen. Im Jahr 2024 hatte sie ihre Gießerei für 200 '
        'Millionen Euro an Brenntal Capital verkauft.'],
     'acquisition', {('Brenntal Capital', 'acquirer'), ('Kessler Hydraulik', 'seller')}),
    ('pronoun-possessive', 'fr', [
        'Verrerie Dumas se recentre',
        'Verrerie Dumas veut croître dans le luxe. En 2024, elle a cédé sa filiale de moulage à Lys Capital '
        "pour 200 millions d'euros."],
     'acquisition', {('Lys Capital', 'acquirer'), ('Verrerie Dumas', 'seller')}),
    ('pronoun-possessive', 'es', [
        'Conservas Miramar se reordena',
        'Conservas Miramar quiere crecer en conservas de lujo. En 2024 vendió su filial de envases a Nortia '
        'Capital por 200 millones de euros.'],
     'acquisition', {('Conservas Miramar', 'seller'), ('Nortia Capital', 'acquirer')}),
    ('deal-noun', 'en', [
        'A long courtship ends',
        'Halden Group has been circling Norvik Pumps for two years. The takeover, agreed on Monday, values the '
        'Leeds firm at £2 billion.'],
     'acquisition', {('Halden', 'acquirer'), ('Norvik Pumps', 'target')}),
    ('deal-noun', 'de', [
        'Lange Werbung am Ziel',
        'Die Halden Gruppe umwirbt die Kessler Hydraulik seit zwei Jahren. Die Übernahme soll am Montag '
        'unterzeichnet werden und bewertet Kessler mit zwei Milliarden Euro.'],
     'acquisition', {('Halden', 'acquirer'), ('Kessler Hydraulik', 'target')}),
    pytest.param('deal-noun', 'fr', [
        "Fin d'une longue cour",
        "Le groupe Halden courtisait Verrerie Dumas depuis deux ans. L'opération, conclue lundi, valorise la "
        "verrerie rémoise à 2 milliards d'euros."],
     'acquisition', {('Halden', 'acquirer'), ('Verrerie Dumas', 'target')},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'a deal noun whose parties the sentence before names without a cue'))),
    ('deal-noun', 'es', [
        'Fin de un largo cortejo',
        'El grupo Halden llevaba dos años cortejando a Conservas Miramar. La compra, firmada el lunes, valora '
        'a la conservera en 2.000 millones de euros.'],
     'acquisition', {('Conservas Miramar', 'target'), ('Halden', 'acquirer')}),
    ('role-next', 'en', [
        'Norvik Pumps changes hands',
        'Norvik Pumps has been sold for £300 million. The buyer is the private equity firm Atlas Partners.'],
     'acquisition', {('Atlas Partners', 'acquirer'), ('Norvik Pumps', 'target')}),
    pytest.param('role-next', 'de', [
        'Kessler wechselt den Besitzer',
        'Die Kessler Hydraulik GmbH wird für 300 Millionen Euro verkauft. Käufer ist der Finanzinvestor '
        'Brenntal Capital.'],
     'acquisition', {('Brenntal Capital', 'acquirer'), ('Kessler Hydraulik', 'target')},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'German passive with the participle last ("wird ... verkauft") reads the target as the '
                     'seller'))),
    ('role-next', 'fr', [
        'Verrerie Dumas change de mains',
        "Verrerie Dumas a été cédée pour 300 millions d'euros. L'acquéreur est le fonds Lys Capital."],
     'acquisition', {('Lys Capital', 'acquirer'), ('Verrerie Dumas', 'target')}),
    ('role-next', 'es', [
        'Conservas Miramar cambia de manos',
        'Conservas Miramar ha sido vendida por 300 millones de euros. El comprador es el fondo Nortia Capital.'],
     'acquisition', {('Conservas Miramar', 'target'), ('Nortia Capital', 'acquirer')}),
    ('quote', 'en', [
        'Halden buys Norvik',
        '"Buying Norvik Pumps gives us a foothold in Britain," said Jane Marsh, chief executive of Halden '
        'Motors. Norvik Pumps makes pumps in Leeds.'],
     'acquisition', {('Halden Motors', 'acquirer'), ('Norvik Pumps', 'target')}),
    ('quote', 'de', [
        'Halden kauft Kessler',
        '„Mit der Übernahme der Kessler Hydraulik werden wir zur Nummer eins“, sagte Jana Reuter, Chefin der '
        'Halden Gruppe. Kessler baut Pumpen in Ulm.'],
     'acquisition', {('Halden', 'acquirer'), ('Kessler Hydraulik', 'target')}),
    ('quote', 'fr', [
        'Halden rachète Verrerie Dumas',
        '« Le rachat de Verrerie Dumas fait de nous le numéro un », a déclaré Marie Colin, directrice générale '
        'de Halden Emballages. Verrerie Dumas fabrique des flacons à Reims.'],
     'acquisition', {('Halden Emballages', 'acquirer'), ('Verrerie Dumas', 'target')}),
    ('quote', 'es', [
        'Halden compra Conservas Miramar',
        '«La compra de Conservas Miramar nos convierte en líderes», afirmó Ana Ruiz, consejera delegada de '
        'Halden Alimentación. Conservas Miramar fabrica latas en Vigo.'],
     'acquisition', {('Conservas Miramar', 'target'), ('Halden Alimentación', 'acquirer')}),
    ('desc-subject', 'en', [
        'Quillon grows',
        'Quillon Robotics builds warehouse robots in Austin. The startup has worked with Siemens on gripper '
        'software since 2018.'],
     'partnership', {('Quillon Robotics', 'partner'), ('Siemens', 'partner')}),
    ('desc-subject', 'de', [
        'Quillon wächst',
        'Die Quillon Robotik GmbH baut Lagerroboter in Dresden. Das Start-up arbeitet seit 2018 mit Siemens '
        'bei Greifern zusammen.'],
     'partnership', {('Quillon Robotik', 'partner'), ('Siemens', 'partner')}),
    ('desc-subject', 'fr', [
        'Quillon grandit',
        "Quillon Robotique fabrique des robots d'entrepôt à Lyon. La jeune pousse collabore depuis 2018 avec "
        'Siemens sur les pinces.'],
     'partnership', {('Quillon Robotique', 'partner'), ('Siemens', 'partner')}),
    ('desc-subject', 'es', [
        'Quillon crece',
        'Quillon Robótica fabrica robots de almacén en Bilbao. La compañía vasca colabora desde 2018 con '
        'Siemens en pinzas robóticas.'],
     'partnership', {('Quillon Robótica', 'partner'), ('Siemens', 'partner')}),
    ('desc-head', 'en', [
        'Wexford Power grows',
        'Wexford Power serves two million homes in Ireland. In 2022 the utility bought Carrow Wind for €300 '
        'million.'],
     'acquisition', {('Carrow Wind', 'target'), ('Wexford Power', 'acquirer')}),
    ('desc-head', 'en', [
        'Dunmore Grocers invests',
        'Dunmore Grocers runs 300 shops in Scotland. Last year the grocer took a 20% stake in Fenwick Farms.'],
     'investment', {('Dunmore Grocers', 'investor'), ('Fenwick Farms', 'investee')}),
    ('desc-head', 'en', [
        'Ashgrove Bank refocuses',
        'Ashgrove Bank has 40 branches in Wales. In May the lender sold its card business to Paywise for £80 '
        'million.'],
     'acquisition', {('Ashgrove Bank', 'seller'), ('Paywise', 'acquirer')}),
    ('desc-head', 'de', [
        'Kessler Antriebe wächst',
        'Die Kessler Antriebe GmbH ist ein Familienbetrieb aus Ulm. Im Jahr 2022 übernahm der Mittelständler '
        'die Domhof Getriebe GmbH.'],
     'acquisition', {('Domhof Getriebe', 'target'), ('Kessler Antriebe', 'acquirer')}),
    ('desc-head', 'de', [
        'Volksbank Mittelrhein wächst',
        'Die Volksbank Mittelrhein hat 40 Filialen. Im Mai hat die Genossenschaftsbank die Privatbank Lenz & '
        'Co. übernommen.'],
     'acquisition', {('Privatbank Lenz', 'target'), ('Volksbank Mittelrhein', 'acquirer')}),
    ('desc-head', 'de', [
        'Kessler Werft kauft zu',
        'Die Kessler Werft GmbH baut Fähren in Kiel. Im Jahr 2022 kaufte die Werft den Motorenhersteller '
        'Nordmotor.'],
     'acquisition', {('Kessler Werft', 'acquirer'), ('Nordmotor', 'target')}),
    ('desc-head', 'fr', [
        'Aérotec grandit',
        'Aérotec fabrique des pièces à Toulouse. En 2022, la PME a racheté le sous-traitant Mécaprec pour 30 '
        "millions d'euros."],
     'acquisition', {('Aérotec', 'acquirer'), ('Mécaprec', 'target')}),
    ('desc-head', 'fr', [
        'Brasserie Lorraine grandit',
        "Brasserie Lorraine brasse de la bière à Nancy. L'an dernier, le brasseur a racheté Brasserie "
        'Vosgienne.'],
     'acquisition', {('Brasserie Lorraine', 'acquirer'), ('Brasserie Vosgienne', 'target')}),
    ('desc-head', 'fr', [
        'Caisse Solidaire grandit',
        'Caisse Solidaire compte 40 agences en Bretagne. En mai, la caisse a racheté Crédit Delmas.'],
     'acquisition', {('Caisse Solidaire', 'acquirer'), ('Crédit Delmas', 'target')}),
    ('desc-head', 'es', [
        'Laboratorios Ordóñez crece',
        'Laboratorios Ordóñez fabrica genéricos en Sevilla. En 2022 la farmacéutica compró Biofarma Levante '
        'por 300 millones de euros.'],
     'acquisition', {('Biofarma Levante', 'target'), ('Laboratorios Ordóñez', 'acquirer')}),
    ('desc-head', 'es', [
        'Caja Rural del Segura crece',
        'Caja Rural del Segura tiene 40 oficinas en Murcia. En mayo la caja absorbió a Caja Rural de Yecla.'],
     'acquisition', {('Caja Rural de Yecla', 'target'), ('Caja Rural del Segura', 'acquirer')}),
    ('desc-head', 'es', [
        'Hoteles Brisamar crece',
        'Hoteles Brisamar tiene 30 hoteles en Canarias. En 2022 la hotelera compró Hoteles Costa Azul por 90 '
        'millones de euros.'],
     'acquisition', {('Hoteles Brisamar', 'acquirer'), ('Hoteles Costa Azul', 'target')}),
    ('deal-noun', 'fr', [
        "Halden s'offre Verrerie Dumas",
        'Le groupe Halden courtisait Verrerie Dumas depuis deux ans. Le rachat, signé lundi, valorise la '
        "verrerie rémoise à 2 milliards d'euros."],
     'acquisition', {('Halden', 'acquirer'), ('Verrerie Dumas', 'target')}),
    ('deal-noun', 'en', [
        'Corran and Velmet join forces',
        'Corran Steel and Velmet Alloys have held talks since the spring. The merger, approved by both boards '
        "on Monday, creates Europe's third-largest steelmaker."],
     'merger', {('Corran Steel', 'party'), ('Velmet Alloys', 'party')}),
    ('deal-noun', 'de', [
        'Brenntal steigt bei Lumatec ein',
        'Die Brenntal Capital und die Lumatec AG sind sich einig. Die Beteiligung über 25 Millionen Euro soll '
        'im Mai abgeschlossen werden.'],
     'investment', {('Brenntal Capital', 'investor'), ('Lumatec', 'investee')}),
    ('deal-noun', 'es', [
        'Nortia y Miramar se unen',
        'Nortia Foods y Conservas Miramar llevan meses negociando. La fusión, aprobada el lunes por ambos '
        'consejos, creará el mayor grupo conservero de Galicia.'],
     'merger', {('Conservas Miramar', 'party'), ('Nortia Foods', 'party')}),
    ('topic-object', 'en', [
        'Norvik Pumps for sale again',
        'Norvik Pumps makes valves in Leeds and has been for sale since 2023. Last year Atlas Partners held '
        'talks about a takeover, but they collapsed over price.'],
     'acquisition', {('Atlas Partners', 'acquirer'), ('Norvik Pumps', 'target')}),
    ('topic-object', 'de', [
        'Kessler sucht einen Käufer',
        'Die Kessler Hydraulik GmbH baut Pumpen in Ulm und steht seit 2023 zum Verkauf. Im vergangenen Jahr '
        'hatte der Finanzinvestor Brenntal Capital bereits über eine Übernahme verhandelt.'],
     'acquisition', {('Brenntal Capital', 'acquirer'), ('Kessler Hydraulik', 'target')}),
    ('topic-object', 'fr', [
        'Verrerie Dumas cherche un repreneur',
        "Verrerie Dumas fabrique des flacons à Reims et cherche un repreneur depuis 2023. L'an dernier, le "
        'fonds Lys Capital avait déjà négocié un rachat, sans succès.'],
     'acquisition', {('Lys Capital', 'acquirer'), ('Verrerie Dumas', 'target')}),
    ('topic-object', 'es', [
        'Conservas Miramar busca comprador',
        'Conservas Miramar fabrica latas en Vigo y busca comprador desde 2023. El año pasado el fondo Nortia '
        'Capital ya negoció una compra, sin éxito.'],
     'acquisition', {('Conservas Miramar', 'target'), ('Nortia Capital', 'acquirer')}),
    ('investors-next', 'en', [
        'Quillon raises $40m',
        'Quillon Robotics has raised $40 million in a Series B round. The round was led by Atlas Ventures, '
        'with Brenntal Capital also taking part.'],
     'funding_round', {('Atlas Ventures', 'investor'),
      ('Brenntal Capital', 'investor'),
      ('Quillon Robotics', 'investee')}),
    ('investors-next', 'de', [
        'Quillon sammelt 40 Millionen ein',
        'Die Quillon Robotik GmbH hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Angeführt '
        'wurde die Runde von Atlas Ventures, auch Brenntal Capital beteiligte sich.'],
     'funding_round', {('Atlas Ventures', 'investor'),
      ('Brenntal Capital', 'investor'),
      ('Quillon Robotik', 'investee')}),
    ('investors-next', 'fr', [
        'Quillon lève 40 millions',
        "Quillon Robotique a levé 40 millions d'euros. Le tour de table est mené par Atlas Ventures, aux côtés "
        'de Brenntal Capital.'],
     'funding_round', {('Atlas Ventures', 'investor'),
      ('Brenntal Capital', 'investor'),
      ('Quillon Robotique', 'investee')}),
    ('investors-next', 'es', [
        'Quillon levanta 40 millones',
        'Quillon Robótica ha cerrado una ronda de 40 millones de euros. La ronda está liderada por Atlas '
        'Ventures, con la participación de Brenntal Capital.'],
     'funding_round', {('Atlas Ventures', 'investor'),
      ('Brenntal Capital', 'investor'),
      ('Quillon Robótica', 'investee')}),
    ('paragraph-topic', 'en', [
        'Norvik Pumps lists in London',
        'Norvik Pumps made its debut on the London Stock Exchange on Monday. Norvik Pumps raised £200 million.',
        'Demand was strong, the bookrunners said. The pension fund Atlas Partners took part as an anchor '
        'investor.',
        'Founded in 2012 by two engineers, the company has supplied Network Rail since 2019.'],
     'contract', {('Network Rail', 'customer'), ('Norvik Pumps', 'supplier')}),
    ('paragraph-topic', 'de', [
        'Kessler Hydraulik an der Börse',
        'Die Kessler Hydraulik GmbH hat am Montag ihr Debüt an der Frankfurter Börse gegeben. Kessler '
        'Hydraulik nahm 200 Millionen Euro ein.',
        'Die Nachfrage war groß, hieß es bei den Banken. Als Ankerinvestor war der Pensionsfonds Brenntal '
        'Capital dabei.',
        'Seit 2019 beliefert das Unternehmen die Deutsche Bahn mit Pumpen.'],
     'contract', {('Deutsche Bahn', 'customer'), ('Kessler Hydraulik', 'supplier')}),
    ('paragraph-topic', 'fr', [
        'Verrerie Dumas entre en Bourse',
        'Verrerie Dumas a fait ses débuts à la Bourse de Paris lundi. Verrerie Dumas a levé 200 millions '
        "d'euros.",
        'La demande a été forte, selon les banques. Le fonds de pension Lys Capital a participé comme '
        'investisseur de référence.',
        "Fondée en 1950, l'entreprise fournit Moët Hennessy depuis 2019."],
     'contract', {('Moët Hennessy', 'customer'), ('Verrerie Dumas', 'supplier')}),
    ('paragraph-topic', 'es', [
        'Conservas Miramar sale a bolsa',
        'Conservas Miramar debutó el lunes en la Bolsa de Madrid. Conservas Miramar captó 200 millones de '
        'euros.',
        'La demanda fue alta, según los bancos. El fondo de pensiones Nortia Capital participó como inversor '
        'ancla.',
        'Fundada en 1950, la empresa suministra envases a Mercadona desde 2019.'],
     'contract', {('Conservas Miramar', 'supplier'), ('Mercadona', 'customer')}),
]


@pytest.mark.parametrize(("shape", "lang", "paragraphs", "kind", "expected"), ARTICLES)
def test_a_deal_told_across_sentences(shape: str, lang: str, paragraphs: list[str], kind: str,
                                      expected: set[tuple[str, str]]) -> None:
    events = extract_events(page(lang, *paragraphs))
    assert any(e["type"] == kind and parties(e) == expected for e in events), (shape, events)


def test_a_quote_that_speaks_as_we_without_a_firm_bought_states_no_deal():
    events = extract_events(page("en", "Halden Motors waits",
                                 '"We are buying time before the next step," said Jane Marsh, chief executive of '
                                 "Halden Motors. Norvik Pumps makes pumps in Leeds."))
    assert events == []
    events = extract_events(page("fr", "Halden Emballages attend",
                                 "« Nous achetons du temps », a déclaré Marie Colin, directrice générale de Halden "
                                 "Emballages. Verrerie Dumas fabrique des flacons à Reims."))
    assert events == []

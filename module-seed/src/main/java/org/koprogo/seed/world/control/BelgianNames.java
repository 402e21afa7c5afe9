package org.koprogo.seed.world.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Names and places that look Belgian, in both languages, for the realistic world. */
final class BelgianNames {

    record City(String name, String postalCode) {
    }

    /** Where every address of the worlds is, as KoproGo wrote it. */
    static final String COUNTRY = "Belgique";

    static final List<String> FIRST_NAMES = List.of("Jean", "Marie", "Luc", "Anne", "Pierre", "Sophie", "Michel",
            "Isabelle", "Philippe", "Nathalie", "Marc", "Christine", "Pieter", "Sofie", "Jan", "An", "Koen", "Els",
            "Bart", "Katrien", "Thomas", "Emma", "Lucas", "Louise", "Noah", "Olivia", "Arthur", "Elise", "Wouter",
            "Inge", "Geert", "Hilde", "Mathieu", "Camille", "Julien", "Manon", "Nicolas", "Laura", "Maxime", "Chloé");

    static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent",
            "Leroy", "Renard", "Lefebvre", "Dumont", "Vermeulen", "Van Damme", "De Backer", "Hermans", "Declercq",
            "Lemaire", "Michaux", "Gilson", "Collard", "Denis", "Van den Broeck", "Pauwels", "Desmet", "Fontaine",
            "Moreau", "Gérard", "Thiry", "Delvaux", "Verstraete", "Coppens");

    static final List<String> STREETS = List.of("Rue de la Loi", "Avenue Louise", "Chaussée de Wavre",
            "Rue Royale", "Boulevard Anspach", "Rue Neuve", "Avenue de Tervueren", "Rue du Marché", "Place Saint-Lambert",
            "Boulevard d'Avroy", "Rue de Fer", "Avenue Reine Astrid", "Meir", "Korenmarkt", "Veldstraat",
            "Bondgenotenlaan", "Steenstraat", "Grote Markt", "Rue de la Station", "Rue des Carmes", "Quai de Rome",
            "Avenue des Combattants", "Rue de Namur", "Chaussée de Charleroi", "Kerkstraat", "Stationsstraat");

    static final List<City> CITIES = List.of(new City("Bruxelles", "1000"), new City("Ixelles", "1050"),
            new City("Schaerbeek", "1030"), new City("Uccle", "1180"), new City("Etterbeek", "1040"),
            new City("Liège", "4000"), new City("Namur", "5000"), new City("Charleroi", "6000"),
            new City("Mons", "7000"), new City("Wavre", "1300"), new City("Antwerpen", "2000"),
            new City("Gent", "9000"), new City("Brugge", "8000"), new City("Leuven", "3000"),
            new City("Mechelen", "2800"), new City("Hasselt", "3500"));

    static final List<String> RESIDENCES = List.of("Les Tilleuls", "Le Parc", "Belvédère", "Les Érables",
            "Saint-Michel", "Horta", "Ambiorix", "Cinquantenaire", "Beau Site", "Les Glycines", "Park Lane",
            "De Linde", "Het Anker", "Le Méridien", "Les Jardins", "Montgomery", "Flagey", "Sablon", "Van Eyck",
            "Rubens", "Les Marronniers", "Le Manoir", "Europa", "Les Cerisiers");

    private BelgianNames() {
    }

    /** "Chloé Van den Broeck" → "chloe.vandenbroeck": the local part of an e-mail address. */
    static String mailbox(String firstName, String lastName) {
        String plain = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }
}

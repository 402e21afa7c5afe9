package org.koprogo.buildings.building.control;

/**
 * What a client sets on a building, trimmed. A missing {@code totalTantiemes} is KoproGo's default on create and
 * leaves the building's unchanged on update.
 */
public record BuildingChanges(String name, String address, String city, String postalCode, String country,
                              int totalUnits, Integer totalTantiemes, Integer constructionYear) {
}

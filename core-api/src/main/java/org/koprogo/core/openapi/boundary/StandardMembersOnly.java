package org.koprogo.core.openapi.boundary;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara adds {@code endpoints}, a top-level member OpenAPI does not define, to every document; strict readers
 * refuse it (swagger-parser: "attribute endpoints is unexpected", so a client generator stops there). Payara
 * leaves an empty map out, so this empties it, through reflection since the member is not in the model's API.
 */
public class StandardMembersOnly implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        try {
            Object endpoints = document.getClass().getMethod("getEndpoints").invoke(document);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException notPayara) {
            // another runtime's model has no such member
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot remove Payara's endpoints member from /openapi", e);
        }
    }
}

package org.koprogo.core.privacy.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A module's part in the GDPR rights of a person: what it holds about them, what keeps it from erasing them, and
 * their erasure. Every enabled module holding personal data implements it (a module added later as a jar takes part
 * the same way); the module serving the requests calls the enabled ones in the module plan's order. Each works
 * through its own persistence unit, in the caller's transaction, and imports no other module.
 *
 * <p>Erasure is anonymisation where the law keeps the record: names, e-mail addresses, phone numbers and addresses
 * are replaced, while shares, amounts, votes and quotas stay for the co-ownership's accounts and minutes. All
 * modules erase in one transaction, so that it is all done or none of it.
 */
public interface PersonalData {

    /** The name of the {@code PlatformModule} whose data this is: a disabled module's is left alone. */
    String module();

    /** The export members this module writes, in order. */
    List<ExportPart> parts();

    /**
     * Hands each record of {@code part} about the subject to {@code records}, as the response records the module
     * would answer with (serialised as JSON by the caller, one at a time, so a person with many records is streamed):
     * only the subject's own data, never anyone else's. A single part hands at most one record.
     */
    void export(DataSubject subject, ExportPart part, Consumer<Object> records);

    /** What keeps the subject's data in this module from being erased now; empty when nothing does. */
    List<ErasureHold> holds(DataSubject subject);

    /**
     * Anonymises or removes the subject's personal data in this module, in the caller's transaction, once
     * {@link #holds} returned nothing in it. Returns how many records changed, by export part or table name.
     */
    Map<String, Integer> erase(DataSubject subject);
}

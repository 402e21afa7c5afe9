package org.koprogo.expenses.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/** The kind of a PCMN account, which its code decides. */
public enum AccountType {

    ASSET, LIABILITY, EXPENSE, REVENUE, OFF_BALANCE;

    /**
     * By the Belgian PCMN's classes: 1 equity and long-term debts, 2–3 fixed assets and stocks, 4 receivables
     * (40–41, and 49's regularisations) and short-term debts (42–48), 5 cash, 6 charges, 7 revenue, 0 and 9
     * off-balance rights and commitments; 8 is not used by the PCMN and counts as charges, as in KoproGo.
     */
    public static AccountType of(String code) {
        return switch (code.charAt(0)) {
            case '1' -> LIABILITY;
            case '2', '3', '5' -> ASSET;
            case '4' -> code.length() > 1 && code.charAt(1) >= '2' && code.charAt(1) <= '8' ? LIABILITY : ASSET;
            case '6', '8' -> EXPENSE;
            case '7' -> REVENUE;
            default -> OFF_BALANCE;
        };
    }

    /**
     * As sent on the wire (the platform's JSON writes and reads enums by their toString): KoproGo writes these in
     * capitals, without the underscore, "OFFBALANCE".
     */
    @Override
    public String toString() {
        return name().replace("_", "");
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<AccountType>
            implements AttributeConverter<AccountType, String> {
        public Column() {
            super(AccountType.class);
        }
    }
}

package org.koprogo.gdpr.audit.entity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A client's address as the audit trail keeps it: its network only (IPv4 /24, IPv6 /48), enough to tell where
 * requests came from, too little to single out a person's connection.
 */
public final class ClientNetwork {

    /** Only literal addresses are parsed: InetAddress would resolve a host name through DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private ClientNetwork() {
    }

    /** The network in CIDR notation; null when the address is unknown or not a literal IP address. */
    public static String of(String address) {
        if (address == null || !LITERAL.matcher(address.strip()).matches()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address.strip()).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
        int kept = bytes.length == 4 ? 3 : 6;
        byte[] network = new byte[bytes.length];
        System.arraycopy(bytes, 0, network, 0, kept);
        try {
            // Java writes every group of an IPv6 address: the zero groups that end it are written as "::"
            return InetAddress.getByAddress(network).getHostAddress().replaceFirst("(:0)+$", "::") + "/" + kept * 8;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // an array of 4 or 16 bytes is always an address
        }
    }
}

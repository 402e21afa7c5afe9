package org.koprogo.auth.login.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed, as addresses or CIDR ranges, and the client address
 * they reveal: walking the header from the right (the hop nearest to us), the first address that is not itself
 * a trusted proxy. A peer that is not a trusted proxy is the client, whatever its header says: anyone can
 * write one. Only address literals are parsed, never names, so nothing here waits for DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * Comma-separated addresses and ranges ({@code 10.0.0.0/8}, {@code ::1}); blank for none.
     *
     * @throws IllegalArgumentException naming the entry that is neither
     */
    public static TrustedProxies parse(String configured) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : configured == null ? new String[0] : configured.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("/", -1);
            InetAddress network = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "'" + trimmed + "' is not an IP address or a CIDR range"));
            int bits = network.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : prefix(parts, bits, trimmed);
            ranges.add(new Range(network.getAddress(), prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    private static int prefix(String[] parts, int bits, String entry) {
        if (parts.length == 2 && parts[1].matches("\\d{1,3}") && Integer.parseInt(parts[1]) <= bits) {
            return Integer.parseInt(parts[1]);
        }
        throw new IllegalArgumentException("'" + entry + "' has no prefix length between 0 and " + bits);
    }

    /**
     * The client's address, in canonical form, given the peer's and the {@code X-Forwarded-For} headers in
     * the order received.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> hop = literal(peer);
        if (hop.isEmpty() || !trusted(hop.get())) {
            return peer;
        }
        List<String> entries = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(","))).toList();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Optional<InetAddress> next = literal(entries.get(i).strip());
            if (next.isEmpty()) {
                break; // a trusted proxy wrote something that is no address: the proxy is all we know
            }
            hop = next;
            if (!trusted(hop.get())) {
                break;
            }
        }
        return hop.get().getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** An IPv4 or IPv6 literal (IPv6 maybe in brackets); never resolved through DNS. */
    static Optional<InetAddress> literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            if (IPV4.matcher(address).matches()) {
                byte[] bytes = new byte[4];
                String[] octets = address.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(octets[i]);
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            // a text with a colon is taken as an IPv6 literal, never as a host name
            return IPV6.matcher(address).matches() && address.length() <= 45
                    ? Optional.of(InetAddress.getByName(address)) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

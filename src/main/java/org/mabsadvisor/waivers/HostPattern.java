package org.mabsadvisor.waivers;

import java.util.regex.Pattern;

/**
 * A glob over host names, as waivers give them: {@code *} stands for any characters, {@code ?} for
 * one, everything else for itself; case does not matter, as in Windows host names.
 */
record HostPattern(String glob, Pattern regex) {

    static HostPattern of(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return new HostPattern(glob, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    boolean matches(String host) {
        return regex.matcher(host == null ? "" : host).matches();
    }
}

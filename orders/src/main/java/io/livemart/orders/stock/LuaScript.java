package io.livemart.orders.stock;

import io.livemart.core.io.ClasspathText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script shipped beside the stock classes, run by its SHA-1 digest (EVALSHA) so that Redis does not receive and
 * hash the body on every call; when Redis does not know it (yet, or after a restart) the caller sends it with EVAL.
 */
final class LuaScript {

    private final String body;
    private final String sha;

    LuaScript(String name) {
        body = ClasspathText.read(LuaScript.class, name);
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments of EVALSHA: digest, number of keys, keys, arguments. */
    String[] command(List<String> keys, String... args) {
        String[] command = new String[2 + keys.size() + args.length];
        command[0] = sha;
        command[1] = Integer.toString(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            command[2 + i] = keys.get(i);
        }
        System.arraycopy(args, 0, command, 2 + keys.size(), args.length);
        return command;
    }

    /** The same arguments for EVAL, with the body instead of the digest. */
    String[] withBody(String[] command) {
        String[] withBody = command.clone();
        withBody[0] = body;
        return withBody;
    }

    /** Whether Redis refused a call because it does not know the script (NOSCRIPT). */
    static boolean unknown(Throwable e) {
        return String.valueOf(e.getMessage()).contains("NOSCRIPT");
    }
}

package io.livemart.core.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A Redis Lua script, run by its SHA-1 digest (EVALSHA) so that Redis does not receive and hash the body on every
 * call; when Redis does not know it (yet, or after a restart) it is sent with EVAL. Redis clients stay with the
 * modules: {@link #run} takes the call to make.
 */
public final class LuaScript {

    private final String body;
    private final String sha;

    private LuaScript(String body) {
        this.body = body;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script in a resource beside that class. */
    public static LuaScript near(Class<?> anchor, String name) {
        return new LuaScript(ClasspathText.read(anchor, name));
    }

    /** A script given inline. */
    public static LuaScript of(String body) {
        return new LuaScript(body);
    }

    /**
     * Runs the script with a blocking call {@code execute(command, arguments)} (such as Quarkus'
     * {@code RedisDataSource::execute}): EVALSHA, then EVAL if Redis answers NOSCRIPT.
     */
    public <T> T run(BiFunction<String, String[], T> execute, List<String> keys, String... args) {
        String[] command = command(keys, args);
        try {
            return execute.apply("EVALSHA", command);
        } catch (RuntimeException e) {
            if (!unknown(e)) {
                throw e;
            }
            return execute.apply("EVAL", withBody(command));
        }
    }

    /** The arguments of EVALSHA: digest, number of keys, keys, arguments. */
    public String[] command(List<String> keys, String... args) {
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
    public String[] withBody(String[] command) {
        String[] withBody = command.clone();
        withBody[0] = body;
        return withBody;
    }

    /** Whether Redis refused a call because it does not know the script (NOSCRIPT). */
    public static boolean unknown(Throwable e) {
        return String.valueOf(e.getMessage()).contains("NOSCRIPT");
    }
}

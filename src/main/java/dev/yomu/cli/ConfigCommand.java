package dev.yomu.cli;

import dev.yomu.review.SettingsService;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show or change study settings (stored in your database).", "",
                "Keys: new-per-day (20), reviews-per-day (200), desired-retention (0.9),",
                "      maximum-interval (36500 days), rollover-hour (4)",
                "Backups kept: backup-days (7; 0 = no daily backup), backup-weeks (4), backup-months (6)", "",
                "Examples: yomu config", "          yomu config new-per-day 10"})
final class ConfigCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE")
    String value;

    ConfigCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SettingsService settings = new SettingsService(ctx.db());
        Map<String, String[]> keys = SettingsService.KEYS;
        if (key != null && !keys.containsKey(key))
            throw YomuException.invalidInput("Unknown setting '" + key + "'. Known: "
                    + String.join(", ", keys.keySet()) + ".");
        if (value != null) {
            try {
                settings.change(key, value.strip());
            } catch (IllegalArgumentException e) {
                throw YomuException.invalidInput(e.getMessage() + ".");
            }
            ctx.out().println(key + " = " + value.strip());
            return ExitCodes.OK;
        }
        Map<String, String> stored = settings.stored();
        Table t = new Table("SETTING", "VALUE", "MEANING");
        for (Map.Entry<String, String[]> e : keys.entrySet()) {
            if (key != null && !key.equals(e.getKey())) continue;
            String v = stored.getOrDefault("config." + e.getKey(), e.getValue()[0]);
            t.add(e.getKey(), v, e.getValue()[1]);
        }
        t.print(ctx.out());
        return ExitCodes.OK;
    }
}

using PlanLint.Cli;

return PlanLintCommandLine.Run(args, Console.Out, Console.Error);

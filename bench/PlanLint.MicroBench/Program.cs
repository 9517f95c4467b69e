using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PlanLint.MicroBench.HotPaths).Assembly).Run(args);

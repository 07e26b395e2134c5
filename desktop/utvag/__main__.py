from utvag.cli.main import main

raise SystemExit(main())

from utvag.launcher import main

raise SystemExit(main())
